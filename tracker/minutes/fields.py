"""The labels of a referat's head: which words open a field ("Mødedato:", "Sted",
"Afbud/Fraværende:", "Deltog virtuelt:") and of what kind, and the line the head is read in.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.deadlines import find_date
from tracker.minutes.notices import excerpt
from tracker.minutes.proceedings import is_proceeding

__all__ = [
    "FIELD_LINE",
    "FIELDS",
    "ONLINE_TOOL",
    "Line",
    "field_match",
    "is_title",
    "names_other_event",
]


@dataclass
class Line:
    level: int  # Markdown heading level, 0 for body text
    text: str  # cleaned text
    bold: bool  # the whole line was bold (**...**)
    toc: bool = False  # ends in a dot leader or tab + page number (table of contents)
    case_below: bool = False  # the next line is a case number alone (FirstAgenda's items)
    indent: int = 0  # leading spaces of a plain text's line (a web page's nested lists)


_KINDS = {
    "date": "mødedato dato mødedag",
    # "Varighed: kl. 18:15-20:30": a template's span of the meeting, its start the time
    "time": "mødetidspunkt tidspunkt tid kl. klokken starttidspunkt mødestart mødetid varighed",
    "when": "tid og sted|tid/sted|dato og sted|dato og tid|dato/tid|tidspunkt og sted",
    "location": "mødested sted lokale mødelokale lokation mødelokation",
    "attendees": "mødedeltagere|deltagere|til stede|tilstede|tilstedeværende|fremmødt|fremmødte"
    "|medlemmer|inviteret|inviterede|deltagere i mødet|til stede ved mødet|til stede var"
    "|tilstede var|tilstedeværende medlemmer|deltagende|deltagende med stemmeret"
    "|deltagende uden stemmeret|stedfortræder|stedfortrædere",  # a stand-in attends
    "absent": "afbud|afbud fra|fraværende|fravær|ikke til stede|ikke tilstede|ikke mødt"
    "|deltog ikke|meldt afbud|forfald|fraværende med afbud|fraværende uden afbud"
    "|afbud/fraværende|afbud/fravær|fravær/afbud|fraværende/afbud|afbud og fravær"
    "|afbud og fraværende|udeblevet|udeblevne|udeblev|fravær med afbud|fravær uden afbud"
    "|uden afbud|udeblevet uden afbud|udeblev uden afbud|følgende havde meldt afbud"
    "|følgende har meldt afbud|følgende var fraværende|følgende deltog ikke",
    # Staff and roles: no attendance ("Fra sekretariatet: …" is no absence); they end a list.
    "other": "referent|ordstyrer|dirigent|mødeleder|sekretær|fra sekretariatet"
    "|fra forvaltningen|fra administrationen|fra ledelsen|forplejning|sluttidspunkt"
    "|bemærkninger|kopi til|sagsbehandler|udsendelsesdato|mødeindkalder",
}
# Labels that are everyday words too: a field only with ":" or a tab, or alone on the line.
_STRICT_KINDS = {
    "forum": "udvalg|forum|mødeforum|organ",
    "location": "adresse|hvor",
    "when": "afholdt|møde afholdt",  # "Afholdt: 3. marts 2009", "Afholdt: Gillelejehuset"
    "time": "start kl",  # "Kl: 14.15 – 15.15"
    "attendees": "deltog|mødt|gæster|gæst|øvrige deltagere",
    "other": "møde|emne|sekretariat|kopi|mødetype|ref",  # "Ref: Mette" (the referent)
}


def _table(kinds: dict[str, str]) -> dict[str, str]:
    return {
        label: kind
        for kind, words in kinds.items()
        for label in (words.split("|") if "|" in words else words.split())
    }


FIELDS = _table(_KINDS)  # field label -> kind
_STRICT = _table(_STRICT_KINDS)


def alternatives(labels) -> str:
    """The labels as one regular expression's alternatives, the longest first."""
    ordered = sorted(labels, key=len, reverse=True)
    return "|".join(re.escape(f).replace("/", r"\s*/\s*").replace(r"\ ", r"\s+") for f in ordered)


FIELD_LINE = re.compile(
    r"^(" + alternatives(FIELDS) + r")(?:(?<=\.)|(?![\wæøå]))\s*:?\s*(.*)$", re.IGNORECASE
)
# "Udvalg: Ældreråd", "Udvalg<tab>…", or a cover table's cells run together in a short line
# ("Udvalg Ældreråd"); never "Møde i Ældrerådet", nor a title in capitals ("MØDE I KLUBBEN …").
_STRICT_LINE = re.compile(
    r"^(" + alternatives(_STRICT) + r")(?:\s*(?::|\t|$)|\s+(?!(?:i|for|om|af|på|hos|med)\s)"
    r"(?=(?-i:[A-ZÆØÅ])\S*(?:\s+\S+){0,5}$))"
    r"\s*(.*)$",
    re.IGNORECASE,
)
# The agenda item about the last meeting's minutes: "Godkendelse af referat fra den …",
# "Underskrift af sidste mødereferat", "Bemærkninger til referat fra sidst".
_EARLIER_ITEM = re.compile(
    r"^[\W\d]*(?:godkendelse|underskrift|gennemgang|bemærkninger|opfølgning)\s+(?:af|til|på)\s+"
    r"(?:[\wæøå-]+\s+){0,2}?(?:møde)?referat",
    re.IGNORECASE,
)
_TITLE = re.compile(r"(?<![\wæøå])(?:mødereferat|referat)(?![\wæøå])", re.IGNORECASE)
# A compound opening a dated line names the minutes too: "Beslutningsreferat Aarup menighedsråd
# d. 12. januar 2021", "Skolebestyrelsesreferat 30.01.20" (not a blog's "Bestyrelsesreferat
# 2020" category, nor "… in Bestyrelsesreferat")
_COMPOUND_TITLE = re.compile(
    r"^\W*[a-zæøå]{3,}referat\b.*?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.\s*[a-zæøå]+\s+\d{4})",
    re.IGNORECASE,
)


# Attendees who joined from afar: "Følgende deltog via Microsoft Teams:", "Deltog virtuelt:",
# "Deltagere online:", and "Følgende deltog på mødet:". Always with its colon: "Mødet blev
# holdt via Teams" is no field.
# The tools a meeting is held on from afar (held_place.py names the place by them too)
ONLINE_TOOL = r"(?:microsoft\s+)?(?:teams|zoom|skype|webex)"
_REMOTE = re.compile(
    r"^(?:følgende\s+)?(?:deltog|deltager|deltagere|deltagende|til\s+stede|mødt)\s+"
    r"(?:(?:via|på|over|pr\.?)\s+(?:" + ONLINE_TOOL + r"|video(?:link)?|telefon)"
    r"|virtuelt|online|digitalt|elektronisk|(?:på|i)\s+mødet)\s*:",
    re.IGNORECASE,
)


def labelled_line(text: str) -> bool:
    """The line is a field with its label: a colon or tab after it, nothing after it, or a
    value that opens with a capital or a figure ("Tilstede Bo, Linda", "Tid 19.00"); not a
    title that opens with a label's word ("Medlemmer i restance", "Tid til forandring")."""
    m = FIELD_LINE.match(text)
    if m is None:
        return False
    after = text[m.end(1) :]
    return re.match(r"\s*(?:[:\t]|$)|\s+(?:[-–]\s+)?(?-i:[A-ZÆØÅ0-9])", after) is not None


_PRESENT_SAID = re.compile(r"^følgende\s+(?:var\s+)?(?:mødt|til\s+stede|deltog)\s*:", re.IGNORECASE)


def field_match(text: str) -> tuple[str, str, str] | None:
    """(kind, label, value) when the line is a labelled field ("Sted: Rådssalen",
    "- Mødested: Lokale 12"); a room label with its number is all place ("Mødelokale 1")."""
    text = re.sub(r"^[-•*]\s+", "", text)
    text = _REMOTE.sub("Deltog:", text)  # "Følgende deltog via Microsoft Teams:" lists attendees
    text = _PRESENT_SAID.sub("Deltog:", text)  # "Følgende var mødt:"
    m = FIELD_LINE.match(text) or _STRICT_LINE.match(text)
    if not m:
        return None
    label = re.sub(r"\s*/\s*", "/", " ".join(m.group(1).lower().split()))
    value = re.sub(r"^[-–—]\s+", "", m.group(2).strip())  # "MØDESTED – Salen": a dash for a colon
    if names_other_event(text):
        return None  # "Dato og tidspunkt for “Tag en ven med”: 25/1 2022": another event's
    if not re.match(r"\s*:", text[m.end(1) :]) and (for_meeting := _FOR_MEETING.match(value)):
        value = value[for_meeting.end() :]  # "Dato for mødet: 3. marts": this meeting's
    if label in ("lokale", "mødelokale") and not re.match(r"^[^:\t]*[:\t]", text):
        value = text.strip()
    kind = FIELDS.get(label) or _STRICT[label]
    if kind in ("attendees", "absent"):  # "Til stede på 17:48: Henrik, …": the roll's hour
        value = re.sub(
            r"^(?:på|fra|kl\.?|klokken)\s*\d{1,2}[.:]\d{2}\s*:\s*", "", value, flags=re.I
        )
    # "Afbud / ikke tilstede: A, B": two labels of one kind joined, the names after the second
    second = re.match(r"(?:/|og\s|&)\s*(?=\S[^:]{0,25}:)", value) if kind != "other" else None
    other = FIELD_LINE.match(value[second.end() :]) if second else None
    if other and FIELDS.get(" ".join(other.group(1).lower().split())) == kind:
        value = other.group(2).strip()
    return kind, label, value


# The label goes on to name what it is for: "Dato for næste møde", "Dato og tidspunkt for …"
_FOR_OTHER = re.compile(r"(?:og\s+[a-zæøå]+\s+)?for\s", re.IGNORECASE)
_FOR_MEETING = re.compile(
    r"(?:og\s+[a-zæøå]+\s+)?for\s+(?:dette\s+|selve\s+)?mødet?\s*:\s*", re.IGNORECASE
)


def names_other_event(text: str) -> bool:
    """The line opens with a field's label that goes on to name another event ("Dato for næste
    bestyrelsesmøde: 10/1", "Dato og tidspunkt for “Tag en ven med”: …"): no field of this
    meeting, and no task."""
    m = FIELD_LINE.match(text.strip())
    if m is None or re.match(r"\s*:", text.strip()[m.end(1) :]):
        return False
    value = m.group(2)
    return not _FOR_MEETING.match(value) and bool(_FOR_OTHER.match(value)) and ":" in value[:70]


def dated_title(text: str) -> bool:
    """A referat's title line with its year ("Referat af møde i Rådet 2. april 2025 kl. 13"):
    it ends where its line does, even without a full stop."""
    return bool(re.match(r"\W*(?:mødereferat|referat)\b", text, re.I)) and bool(
        re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text)
    )


# A meeting named at a line's start: "Bestyrelsesmøde", "Møde i …", "Beslutningsprotokol"
# ("Fra bestyrelsesmøde 7. februar 2023": what was said at it)
MEETING_NAME = re.compile(
    r"^\W*(?:fra\s+)?(?:[\wæøå-]*møde\b|beslutningsprotokol\b)", re.IGNORECASE
)


def dated_meeting(text: str) -> bool:
    """A meeting's name with its date, as a referat's first line: "Bestyrelsesmøde 22.9.2021"."""
    return bool(MEETING_NAME.search(text)) and find_date(text) is not None


def opening_step(text: str) -> bool:
    """The line is the item approving the last meeting's minutes ("Godkendelse af referat fra
    den …", "Underskrift af sidste mødereferat")."""
    return bool(_EARLIER_ITEM.match(text))


def is_title(text: str) -> bool:
    """A title line: it names the referat and is short ("Referat: Godkendt" is a section); an
    e-mail's subject line too ("Emne: Referat fra møde i Hoved-MED 14. april 2026")."""
    text = re.sub(r"^\W*(?:emne|subject|sv|vs|fw|fwd)\s*:\s*", "", text, flags=re.I)
    if re.match(r"^\W*referat\s*:\s*\S", text, re.I) or is_proceeding(text):
        return False  # a section ("Referat: Godkendt"), a step ("Referat godkendt.")
    if re.search(r"\bdagsorden(?:en)?\s*:$", text, re.I):
        return False  # "Referat jf. dagsorden:": the label over the minutes' answers
    if opening_step(text):
        return False  # the item approving the last minutes ("Godkendelse af referat fra …")
    named = _TITLE.search(text) or _COMPOUND_TITLE.match(text)
    return bool(named) and len(text) < 250 and not field_match(text)


# A field's label inside a first page run together: where its title stops ("… Referat
# Kulturgruppen Dato 18. september 2012 Tidspunkt 16:00 …")
_RUN_IN_LABEL = re.compile(
    r"\s(?=(?:Dato|Mødedato|Tid|Tidspunkt|Sted|Mødested|Til stede|Tilstede|Deltagere"
    r"|Fraværende|Afbud)\b(?!\s+(?:og|for|af)\b))"
)
_TITLE_MAX = 150  # characters: the title a review shows; a page run together is longer


def title_of(title: str) -> str:
    """The meeting's title as read, cut before a field's label run into it and at a word past
    what a title holds."""
    if len(title) <= _TITLE_MAX:
        return title
    label = _RUN_IN_LABEL.search(title, 10)
    return excerpt(title[: label.start()] if label else title, _TITLE_MAX)
