"""Which body met: the forum a referat is of, as its head names it.

From the title ("Teknik- og Miljøudvalget – Referat – 4. marts 2026", "Referat fra mødet i
Hoved-MED den …"), a meeting word made the body ("Referat af skolebestyrelsesmøde" →
"Skolebestyrelsen", "Ældrerådsmøde" → "Ældrerådet"), a line "mødet i HMU Psykiatri og Social",
a body's own line ("Sundheds- og Forebyggelsesudvalget", "ÆLDRERÅDET", "Grundejerforeningen
Glenshøjparken"); a title's leftovers that name no body ("Søg", "den 30. april virtuelt") are
none.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.minutes.meeting_date import date_spans, opens

_TITLE = re.compile(r"(?<![\wæøå])(?:[\wæøå]*referat|dagsorden)(?![\wæøå])", re.IGNORECASE)
_DATE_WORDS = (
    r"(?:(?:d\.|den)\s*)?(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.?\s*[a-zæøå]+\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{4}\.\d{2}\.\d{2}|\d{1,2}/\d{1,2}[- ]\d{4})"
)
_WEEKDAY = r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
_TIME_WORDS = r"\s*,?\s*\bkl\.?\s*\d{1,2}(?:[:.]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?)?"
# A word that names a body: "…udvalget", "…rådet", "…bestyrelsen", "Lederforum", "Hoved-MED".
ORG_WORD = re.compile(
    r"(?:udvalg|råd|bestyrelse|forum|direktion|gruppe|laug|forening|kommission|nævn|panel"
    r"|komit[eé]|ledelse|kollegium)(?:et|en|n)?\b|\b(?:MED|HMU|LMU|FMU|MIU|SU|FSU)\b",
    re.IGNORECASE,
)
_MEETING_IN = re.compile(r"^(?:til\s+)?(?:mødet|møde)\s+i\s+(\S.{1,80}?)\s*$", re.IGNORECASE)
# "møde i" and a capitalised name whose last word names a body, inside a longer line
# ("Åbent referat. til Børne- og Skoleudvalget": the minutes for the body)
_MEETING_IN_BODY = re.compile(
    r"(?:møde\s+i|referat\.?\s+til)\s+((?:(?:(?-i:[A-ZÆØÅ])[\wæøå-]*|og)\s+){0,3}"
    r"(?-i:[A-ZÆØÅ])[\wæøå-]*"
    r"(?:udvalget|rådet|bestyrelsen|forum|gruppen|ledelsen|nævnet))(?![\wæøå])",
    re.IGNORECASE,
)
_ADJECTIVE = r"(?:ekstraordinært|ekstraordinær|ordinært|ordinær|konstituerende|\d+\.)"


def forum_from_title(title: str) -> str:
    """The body in a title: "Teknik- og Miljøudvalget – Referat – 4. marts 2026" → the first."""
    named = _MEETING_IN_BODY.search(title)
    if named:  # "Referat af 2. rådsmøde i Medicinrådet …": the body named, whatever follows
        return named.group(1)
    forum = _TITLE.sub(" ", title)
    forum = re.sub(r"^\s*(?:år\s+)?\d{4}\s*[-–]\s*\d{4}\s+", "", forum, flags=re.I)  # "År 2014-17"
    forum = re.sub(r"\(\s*\d{4}\s*[-–]\s*\d{2,4}\s*\)", " ", forum)  # "Udvalget (2018-2021)"
    forum = re.sub(
        r"(?:[\s,\-–]*" + _WEEKDAY + r")?[\s,\-–]*" + _DATE_WORDS + r"(?:" + _TIME_WORDS + r")?"
        r"(\s+(?:i|på|hos)\s+.*$)?",
        _keep_body,
        forum,
        flags=re.I,
    )
    forum = re.sub(r"\(\s*\)|" + _TIME_WORDS, " ", forum, flags=re.I)
    forum = re.sub(
        r"^\s*(?:[:\-–]\s*)?(?:af|fra|til)\s+(?:møde[tr]?\s+i\s+)?", "", forum, flags=re.I
    )
    forum = re.sub(r"\s+hos\s+.*$", "", forum)  # "bestyrelsesmøde hos Gine": the host's
    forum = re.sub(r"\s+[-–]\s+", " ", forum)
    forum = _ASSEMBLY_OF.sub("", forum)
    forum = _MEETING_NUMBER.sub("", forum)
    return body_of_meeting(" ".join(forum.split()).strip(" -–,:."))


# "generalforsamling Grundejerforeningen Lærken 2026": the association whose assembly met
_ASSEMBLY_OF = re.compile(
    r"^\s*(?:(?:ekstra)?ordinær\s+)?generalforsamling(?:en)?\s+(?:i\s+|for\s+)?"
    r"(?=(?-i:[A-ZÆØÅ])[^\d]*?(?:forening|klub|selskab|lav|laug)\w*\b)"
    r"|(?<=[\wæøå])\s+\d{4}\s*$",
    re.IGNORECASE,
)


# The meeting's number after the body: "ÆLDRERÅDET: Møde nr. 03-2018", "Bestyrelsesmøde nr. 4"
_MEETING_NUMBER = re.compile(
    r"\s*[:,\-–]?\s*(?:\bmøde\s+(?:nr\.?\s*)?|\bnr\.?\s*)\d{1,3}(?:\s*[-/]\s*\d{2,4})?\.?\s*$",
    re.IGNORECASE,
)


def _keep_body(date: re.Match) -> str:
    """A title's date goes; what follows it with "i/på/hos" is the meeting's place ("… den
    19. marts 2009 kl. 18.00 i Klubhuset") unless it names a body ("… 12. maj i Ældrerådet")."""
    after = date.group(1) or ""
    return " " + after if ORG_WORD.search(after) else " "


def body_of_meeting(text: str) -> str:
    """ "ekstraordinært Skolebestyrelsesmøde" → "Skolebestyrelsen", "Ældrerådsmøde 2019" →
    "Ældrerådet", "MR møde" → "MR"; any other text as it is."""
    words = re.sub(r"^(?:" + _ADJECTIVE + r"\s+)+|\s+\d{4}$", "", text, flags=re.I).split()
    if len(words) == 2 and words[1].lower() in ("møde", "mødet"):
        return words[0]
    if len(words) == 2 and words[0].endswith("s") and _COMPOUND.match(words[1]):
        # "Regnbuens Forældrerådsmøde": the owner's body, without its article
        stem = re.sub(r"s?møde(?:t)?$", "", words[1], flags=re.I)
        return f"{words[0]} {stem[:1].upper()}{stem[1:]}"
    if len(words) > 2 and words[1].lower() == "i" and _COMPOUND.match(words[0]):
        # "Bestyrelsesmøde i Søparken": the board of the body named after it; "rådsmøde i
        # Medicinrådet": the body named
        named = " ".join(words[2:])
        return named if names_a_body(named) else f"{body_of_meeting(words[0])} i {named}"
    if len(words) != 1 or not re.search(r"møde(?:t)?$", words[0], re.I):
        return text
    stem = re.sub(r"s?møde(?:t)?$", "", words[0], flags=re.I)
    if not stem:
        return text
    if re.search(r"(?:råd|udvalg)$", stem, re.I):
        stem += "et"
    elif re.search(r"(?:bestyrelse|gruppe|ledelse)$", stem, re.I):
        stem += "n"
    return stem[:1].upper() + stem[1:]


_COMPOUND = re.compile(r"^[a-zæøå]{3,}s?møde(?:t)?$", re.I)  # "Brugerrådsmøde", not "Møde"


def meeting_line(text: str) -> str | None:
    """The body of a line that opens with its meeting's word, the date after it or not:
    "Brugerrådsmøde 12. marts 2024" → "Brugerrådet", "Bestyrelsesmøde i Søparken" →
    "Bestyrelsen i Søparken"; a sentence ("Menighedsrådsmødet blev holdt …") names none."""
    text = re.sub(
        r"^(?:mødereferat|referat)\s*[:\-–]?\s*(?:af|fra)?\s+", "", text.strip(), flags=re.I
    )
    words = re.sub(r"^(?:" + _ADJECTIVE + r"\s+)+", "", text, flags=re.I).split()
    if not words or not _COMPOUND.match(words[0]) or re.search(r"[.!?]$", text.strip()):
        return None
    body = forum_from_title(text)
    if body.split()[:1] == words[:1] or not names_a_body(body, short=False):
        return None  # still the meeting's word: a sentence's words follow it
    return body


def names_a_body(text: str, short: bool = True) -> bool:
    """The text names a body: a word for one, without a date or a sentence's end; ``short``
    (a line of the head, not the title) also in a few words."""
    if not text or ORG_WORD.search(text) is None or re.search(r"\d{3,}|[.!?]$", text):
        return False
    return not short or (len(text) <= 80 and len(text.split()) <= 10)


def meeting_in(text: str) -> str | None:
    """The body of "mødet i HMU Psykiatri og Social", "Møde i Udvalget for …"."""
    m = _MEETING_IN.match(text.strip())
    if m:
        return m.group(1).strip(" .,")
    # a flattened head: "1 Referat af 2. rådsmøde i Medicinrådet Afholdt onsdag den …", at
    # its start (further on, "Notat fra møde i Honorarudvalget" is a paper's, not this meeting)
    m = _MEETING_IN_BODY.search(text[:100])
    return m.group(1) if m else None


# A web page's part after the body's name: "Ældrerådet - Dagsordener og referater"
_PAGE_PART = re.compile(
    r"\s+[-–|]\s+(?:dagsordener\s+og\s+referater|dagsorden\s+og\s+referat|referater)$", re.I
)


def body_line(text: str, level: int) -> str | None:
    """A body named on its own line: "ÆLDRERÅDET", "# Socialudvalget", "Seniorrådet",
    "Grundejerforeningen Glenshøjparken"."""
    text, page = _PAGE_PART.subn("", text.strip(" ."))  # "Rådet - Dagsordener og referater"
    level = level or page  # the page's own title names its body
    if not text or len(text) > 60 or _TITLE.search(text) or re.search(r"\d|:", text):
        return None
    if text.isupper() and len(text) > 3:
        cased = text[:1] + text[1:].lower()
        return cased if names_a_body(cased) else None  # "SAGSINDHOLD" is a label, no body
    if not names_a_body(text) or not (level or len(text.split()) <= 6) or not text[:1].isupper():
        return None
    # the body's word is a name's, capitalised: "Sundheds- og Forebyggelsesudvalget", not
    # "Taget til efterretning af bestyrelsen"
    named = [w for w in text.split() if ORG_WORD.search(w)]
    return text if level or any(w[:1].isupper() for w in named) else None


_WEEKDAY_DEN = re.compile(
    r"\s*(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s*)?(?:den|d\.)?\s*$", re.I
)


def body_then_date(text: str, span) -> bool:
    """A cover line of the body's name and then the meeting's date: "Social- og
    Sundhedsudvalget torsdag den 20. april 2023 kl. 19.00"."""
    if span.day is None or not names_a_body(_body_part(text, span)):
        return False
    # the date and what follows it, as a line of its own that opens with the date
    return opens(text[span.start :], replace(span, start=0, end=span.end - span.start))


# The small words a body's name may hold ("Udvalget for Ældre og Sundhed"); any other word in
# lower case makes the text a sentence ("Skolebestyrelsen holdt møde den …").
_NAME_WORDS = {"og", "for", "i", "af", "på", "til", "med", "under", "&"}


def _body_part(text: str, span) -> str:
    """What stands before a date and its weekday, when it is a name alone ("Social- og
    Sundhedsudvalget"); "" for a sentence."""
    head = text[: span.start]
    weekday = _WEEKDAY_DEN.search(head)
    name = (head[: weekday.start()] if weekday else head).strip(" ,–-")
    words = [w for w in name.split() if not w.endswith("-")]
    if any(w[:1].islower() and w not in _NAME_WORDS for w in words):
        return ""
    return name


def body_before_date(text: str) -> str | None:
    """The body a cover line of a body and a date names (see :func:`body_then_date`)."""
    spans = date_spans(text)
    if spans and body_then_date(text, spans[0]):
        return _body_part(text, spans[0])
    return None


# A body's meeting word in a head line: "Skolebestyrelsesmøde april 2020", "Referat af
# bestyrelsesmøde d. 26. april", "Ældrerådets møde den …", "ekstraordinært møde i ældrerådet"
_BODY_MEETING = re.compile(
    r"(?<![\wæøå])(?:([\wæøå]{3,}?s?møde)t?(?![\wæøå])"
    r"|([\wæøå]{3,}(?:rådet|udvalget|bestyrelsen))s\s+møde\b"
    r"|møde\s+i\s+([\wæøå]{3,}(?:rådet|udvalget|bestyrelsen))\b)",
    re.IGNORECASE,
)

_SENTENCE_VERB = re.compile(
    r"\s+(?:blev|bliver|er|var|vil|skal|kan|holdes|afholdes|startede|sluttede)\b", re.I
)


def meeting_word(text: str) -> str | None:
    """The body whose meeting a head line names near its start ("Skolebestyrelsesmøde
    april 2020" → "Skolebestyrelsen"); None for another meeting's word ("dialogmøde")."""
    m = _BODY_MEETING.search(text[:60])
    if m is None or _SENTENCE_VERB.match(text[m.end() :]):
        return None  # "Menighedsrådsmødet blev holdt …": a sentence about it (asked for)
    if m.group(1):
        word = m.group(1)
        body = body_of_meeting(word.lower() if word.isupper() else word)  # "BRUGERRÅDSMØDE"
    else:
        body = m.group(2) or m.group(3)
        body = body[:1].upper() + body[1:].lower()
    return body if ORG_WORD.search(body) and len(body.split()) == 1 else None
