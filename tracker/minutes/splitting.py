"""A decision's text cut into sentences: abbreviations kept whole, a sentence that opens with
its day, and the line breaks a flattened text lost before an attendee's name and verb.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import MONTHS_ALTERNATION
from tracker.minutes.first_names import is_first_name
from tracker.minutes.letters import CAPITALS
from tracker.minutes.people import People
from tracker.minutes.verbs import is_doing_verb

_ABBREVIATIONS = (
    "bl.a.",
    "f.eks.",
    "m.v.",
    "fx.",
    "hhv.",
    "kl.",
    "mv.",
    "jf.",
    "ca.",
    "nr.",
    "pkt.",
    "inkl.",
    "evt.",
    "osv.",
    "ift.",
    "vedr.",
    "mht.",
    "dvs.",
    "pga.",
    "aht.",
    "iht.",
    "stk.",
    "d.",
    "mhp.",
    "ifm.",
    "fbm.",
    "ang.",
    "iflg.",
    "jvf.",
    "tlf.",
    "m.m.",
    "m.fl.",
    "o.l.",
    "p.t.",
    "pt.",
)
_DOT = "\u2024"
# One pattern for them all (longest first): the split reads every decision of a referat.
_ABBREVIATION = re.compile(
    r"(?<![\wæøåÆØÅ])(?:"
    + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True))
    + ")",
    re.IGNORECASE,
)


# A sentence may open with its day: "… i denne omgang. 21-22. november: Vi afholder …" (not
# after "pr." or "tirs.": "Der ansættes en træner pr. 1. august").
_DATE_FIRST = r"\d{1,2}(?:\s*-\s*\d{1,2})?\.\s+(?:" + MONTHS_ALTERNATION + r")\b"


# "… bestilling m.v. Lejeaftale: …": these end a list, and so may end a sentence.
# "… huser 26 børn pt. Ikke den store …": "p.t." ends a sentence as often.
_ENDS_A_LIST = ("m.v.", "mv.", "osv.", "m.m.", "m.fl.", "o.l.", "pt.", "p.t.")


def _protect(m: re.Match) -> str:
    """The abbreviation with its dots hidden from the split (not a list's end before a capital)."""
    if m.group(0).lower() in _ENDS_A_LIST and re.match(r"\s+[A-ZÆØÅ]", m.string[m.end() :]):
        return m.group(0)
    return m.group(0).replace(".", _DOT)


def split_sentences(text: str) -> list[str]:
    """The sentences of a text (abbreviations and initials do not end one)."""
    protected = _ABBREVIATION.sub(_protect, text)
    protected = re.sub(r"\b([A-ZÆØÅ])\.(?=\s)", r"\1" + _DOT, protected)
    # a new sentence, or a lettered point run in after one ("… kapacitet; b) Taget er …", "…
    # møderne. c. Det lykkedes …")
    parts = re.split(
        r"(?<=[.!?])\s+(?=[" + CAPITALS + r"\"«(])"
        r"|(?<=[.!?;])\s+(?=[a-zæøå]\)\s|[a-zæøå]\.\s+[A-ZÆØÅ])"
        r"|(?<=[a-zæøå]{4}\.)(?<!tirs\.)(?<!tors\.)\s+(?=" + _DATE_FIRST + ")",
        protected,
    )
    parts = [p.replace(_DOT, ".").strip() for p in parts if p.strip()]
    return _tags_back(parts)


# "… er sendt ud. (OB) Reklame: …": the initials in brackets after a stop tag the sentence
# before (who did it or answers for it), not the start of the next one.
_TAG_FIRST = re.compile(r"\(([A-ZÆØÅ]{1,3}(?:\s*(?:,|og|/)\s*[A-ZÆØÅ]{1,3})*)\)\s+(?=\S)")


def _tags_back(parts: list[str]) -> list[str]:
    """The sentences with a bracketed tag of initials that opens one moved to the one before."""
    out: list[str] = []
    for part in parts:
        tag = _TAG_FIRST.match(part)
        if tag and out:
            out[-1] += " " + tag.group(0).strip()
            part = part[tag.end() :]
        out.append(part)
    return out


# Words after which a name and its verb go on the same sentence ("hvor Bo Lund sender …").
_GOES_ON = frozenset(
    (
        "at", "og", "eller", "men", "som", "der", "hvor", "når", "hvis", "da", "mens", "så",
        "fordi", "end", "om", "til", "med", "af", "for", "fra", "på", "i", "ved", "efter", "før",
        "mod", "hos", "under", "over", "også", "ikke",
    )
)  # fmt: skip


# Where a small word ends before a body and its modal: the space before the body
_BODY_SITE = re.compile(
    r"(?<=[a-zæøå0-9-])\s+(?=(?:Udvalget|Rådet|Bestyrelsen|Forvaltningen|Administrationen"
    r"|Formanden|Sekretariatet|Menighedsrådet|Skolebestyrelsen)\s+(?:vil|skal|bør|må)\s)"
)
_RUN = frozenset("abcdefghijklmnopqrstuvwxyzæøå0123456789-")
_SMALL = frozenset("abcdefghijklmnopqrstuvwxyzæøå")


def _body_next(text: str) -> str:
    """ "… den nye kommuneplan Udvalget vil …": a sentence ends before a body and its modal, read
    in linear time (the pattern it replaces, kept in tests/minutes/test_minutes_hostile_lines.py,
    tried its word from every letter after a hyphen: "a-a-a-…" cost the square of its length).
    The space before the body becomes ". " when the word before it (letters, digits, hyphens)
    has a small letter that opens a word, as the pattern's ``\b[a-zæøå]``."""
    parts, last = [], 0
    for m in _BODY_SITE.finditer(text):
        start = m.start()
        while start and text[start - 1] in _RUN:
            start -= 1
        opens = any(
            text[at] in _SMALL and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"))
            for at in range(start, m.start())
        )
        if opens:
            parts += [text[last : m.start()], ". "]
            last = m.end()
    return "".join(parts) + text[last:] if parts else text


def lost_breaks(text: str, people: People) -> str:
    """ "… om dykpumpe i brønden Iver Nielsen følger op …": a line break the text lost before an
    attendee's full name and a verb of doing is the end of a sentence; "Iver Nielsen Tjekker"
    is his verb written with a capital."""
    # "… ifølge sogn.dk Der bør sendes brev …": "Der", "Det", "Vi", "Man" capitalised mid-line
    # open the next sentence (a line break lost when the lines were joined)
    text = re.sub(r"(?<=[a-zæøå0-9])\s+(?=(?:Der|Det|Vi|Man)\s+[a-zæøå]{2,}\b)", ". ", text)
    # "… den nye kommuneplan Udvalget vil afholde et møde …": a body and its modal, after a word
    # in small letters
    text = _body_next(text)
    text = _lost_before_a_doer(_bracketed_tasks(text, people))
    # "Orientering Lokalplanansøgning skal sendes.": a label's line run into the next one
    text = _LABEL_LINE.sub(r"\1. ", text)
    for name in (n for n in people.full if " " in n and n in text):  # both need the name
        text = re.sub(
            r"(?<=" + re.escape(name) + r"\s)([A-ZÆØÅ][a-zæøå]{2,}r)\b",
            lambda m: m[1].lower() if is_doing_verb(m[1].lower()) else m[1],
            text,
        )
        pattern = r"(?<=[a-zæøå])\s+(?=" + re.escape(name) + r"\s+([a-zæøå]{3,}r)\b)"
        for m in reversed(list(re.finditer(pattern, text))):
            before = _last_word(text, m.start())  # was re.search(r"(\w+)$", text[: m.start()])
            if before and before not in _GOES_ON and is_doing_verb(m.group(1)):
                text = text[: m.start()] + ". " + text[m.end() :]
    return text


# "Evt. et større skab? (Claus kontakter gym. Afd.).": a person's task in brackets, a whole
# clause with its verb and what it is about (not "(Claus indkøber)", the owner of the words before)
_BRACKETED_TASK = re.compile(
    r"\s*\((?P<who>[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?)\s+(?P<verb>[a-zæøå]{3,}r)"
    r"\s+(?P<what>[^()\n]{3,80}?)\.?\)\.?"
)


def _bracketed_tasks(text: str, people: People) -> str:
    """Each person's task in brackets as a sentence of its own (:data:`_BRACKETED_TASK`)."""

    def sentence(m: re.Match) -> str:
        known = people.resolve(m["who"]) or is_first_name(m["who"])
        if not known or not is_doing_verb(m["verb"]):
            return m[0]
        stop = "" if text[: m.start()].rstrip()[-1:] in (".", "?", "!", "") else "."
        return f"{stop} {m['who']} {m['verb']} {m['what']}. "

    return _BRACKETED_TASK.sub(sentence, text)


# "Næste skridt: Møde med Affald+ Frank koordinerer med …": a first name nobody listed and
# its verb of doing after a word in small letters (not "at", "og", "med" …: "med Frank
# koordinerer" goes on) opens the line the text lost.
_NAME_AND_VERB = re.compile(r"(?<=[a-zæøå0-9+)])\s+(?=[A-ZÆØÅ][a-zæøå]{2,}\s+([a-zæøå]{3,}r)\b)")


_LABEL_LINE = re.compile(
    r"^(Orientering|Status|Beslutning|Konklusion|Drøftelse|Information|Indstilling)\s+(?=[A-ZÆØÅ])"
)


# "… ikke har nøglen til -Mathias undersøger dette.": a dash glued to a name and its verb of
# doing opens a sentence of its own (a dash with a space after it may set off a label).
_DASHED_DOER = re.compile(r"(?<=[\wæøå)])\s+[-–](?=[A-ZÆØÅ][a-zæøå]{2,}\s+([a-zæøå]{3,}r)\b)")


def _lost_before_a_doer(text: str) -> str:
    for m in reversed(list(_DASHED_DOER.finditer(text))):
        if is_doing_verb(m.group(1)):
            text = text[: m.start()] + ". " + text[m.end() :]
    for m in reversed(list(_NAME_AND_VERB.finditer(text))):
        start = m.start()  # the word before, read backwards (not searched from the start)
        while start and not text[start - 1].isspace():
            start -= 1
        word = text[start : m.start()]
        small = word and (word[:1].islower() or word[-1] in "+)")  # not "Anne Sofie …"
        if small and word.lower() not in _GOES_ON and is_doing_verb(m.group(1)):
            text = text[: m.start()] + ". " + text[m.end() :]
    return text


def _last_word(text: str, end: int) -> str:
    """The word that ends at ``end`` (the letters, digits and "_" of a pattern's ``\\w``), read
    backwards: a search from the text's start cost the whole text at each name."""
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end]


def joined_halves(texts: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """Paragraphs a page broke mid-sentence joined again: one that opens in small letters
    after one that ends without a full stop ("… og der forslåes" | "der lægges fliser.") goes
    on the sentence before."""
    joined: list[tuple[str, int | None]] = []
    for text, index in texts:
        if joined and text[:1].islower() and not re.search(r"[.!?:;]\s*$", joined[-1][0]):
            joined[-1] = (f"{joined[-1][0].rstrip()} {text.lstrip()}", joined[-1][1])
        else:
            joined.append((text, index))
    return joined
