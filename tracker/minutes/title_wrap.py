"""A numbered item's title the page wrapped onto the next line, joined again.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import Line
from tracker.minutes.heading import (
    MINUTES_WORD,
    Heading,
    is_case,
    is_section,
    next_text,
    title_like,
)
from tracker.minutes.sections import _NUMBER_TITLE, _PUNKT
from tracker.minutes.slot_marks import without_slot

__all__ = ["SMALL_WORDS", "join_wrapped_title"]

# The small words that bind a phrase to what follows or goes before
SMALL_WORDS = (
    r"og|eller|i|for|af|om|til|med|mod|på|ved|fra|efter|under|over|samt|de|den|det|der|en|et"
    r"|som|at"
)
# A title that stops mid-phrase: the page wrapped it ("… parkering i" / "kommunale P-huse").
_OPEN_END = re.compile(r"(?:[,&/(–-]|\b(?:" + SMALL_WORDS + r"))$", re.I)


# characters: a title line shorter than this, ending on a full word, was wrapped only if the
# next line opens with a small word that binds it to the title ("Godkendelse" / "af dagsorden")
_SHORTEST_WRAP = 16
_OPEN_START = re.compile(r"(?!der\b)(?:" + SMALL_WORDS + r")\b")  # "der er …" opens a sentence

# The wrapped end of a sentence, a few words in lower case, then the next sentence
_SENTENCE_ENDS = re.compile(
    r"^(?P<end>[a-zæøå][\wæøå-]*(?:\s+[\wæøå-]+){0,4}?[a-zæøå]{2})\.\s+(?P<rest>[A-ZÆØÅ].*)$"
)
# A decision of a word or two, written without a capital below the title
_VERDICT_LINE = re.compile(
    r"^(?:godkendt|udsat|udskudt|intet|ingen|vedtaget|ok|drøftet|taget\s+til\s+efterretning)"
    r"\.?$",
    re.I,
)


def join_wrapped_title(lines: list[Line], heading: Heading) -> None:
    """Join the title's next line when the page wrapped it (and it is no label or number)."""
    line = lines[heading.index]
    last = heading.end - 1
    j = last + 1
    if line.level or line.bold:
        j = next_text(lines, last, 2) or len(lines)
    if j >= len(lines) or not lines[j].text or heading.refers_back or heading.inline:
        return  # after "5. Kassebeholdning.Søren meddelte," the next line goes on with his words
    following = lines[j]
    if (following.level, following.bold) != (line.level, line.bold) or following.toc:
        return
    text = following.text
    if len(text) > 100 or not title_like(following) and not text[:1].islower():
        return
    if re.match(r"[a-zæøå][).]\s", text):
        return  # "a) Skabe: …", "a. FOU": the first point of a lettered list, not the title's
    if re.match(r"(?:https?://|www\.)\S+$", text):
        return  # a link to the item's papers below its title ("http://web.gribskov.dk/…")
    if _VERDICT_LINE.match(text):
        return  # "udsat", "godkendt": the item's decision written small, not its title's end
    if is_section(text) or is_case(text) or _NUMBER_TITLE.match(text) or _PUNKT.match(text):
        return
    if is_section(text.split()[-1]) and not _OPEN_START.match(text):
        return  # "… Beslutning": a label at the line's end; "af dagsorden" ends the title
    after = next_text(lines, j, 2)
    case_after = after is not None and is_case(lines[after].text)
    if not (_OPEN_END.search(heading.title) or text[:1].islower() or case_after):
        return
    if len(heading.title) < _SHORTEST_WRAP and not (
        _OPEN_END.search(heading.title) or _OPEN_START.match(text) or case_after
    ):
        return  # "5. Kasseren" / "intet at berette"; but "3) Godkendelse" / "af dagsorden"
    if re.search(r"[a-zæøå]{4}\.$", line.text) and not case_after:
        return  # "… i dataarkivet." / "v/ Hanne og Kirsten": the title's full stop ended it
    if _nested_sentence(line, following, heading.title):
        return
    ends = _SENTENCE_ENDS.match(text)
    if ends:
        # "1. Referat fra kaffemødet den 4.3, taget" / "til efterretning. Brug af …": the
        # title's sentence ends a few words down; the next sentence is the minutes'
        joiner = "" if re.search(r"\w-$", heading.title) else " "  # "Budget-" / "opfølgning."
        heading.title = heading.title + joiner + ends["end"]
        heading.inline = ends["rest"]
        heading.consumed.append(j)
        return
    if len(heading.title.split()) >= 6 and MINUTES_WORD.search(heading.title) and not case_after:
        # "3. Kommunen har 28/11 sendt rapport" / "over deres tilsyn …": a sentence, no title,
        # stands for the item; its next line goes on with the minutes' words
        return
    hyphen = re.search(
        r"\w-$", heading.title
    )  # "2030-" / "fremskrivning"; not " -" / "boligområde"
    joiner = "" if hyphen and not re.match(r"(?:og|eller)\b", text) else " "
    heading.title = (heading.title + joiner + text.strip()).strip()
    heading.consumed.append(j)


def _nested_sentence(line: Line, following: Line, title: str) -> bool:
    """A web page's list item " 2. Title" with its text on a deeper line "  foreligger i …":
    the item's own text (a line break inside the list item), not the title wrapped; a title
    that stops mid-phrase ("… ved") still goes on below."""
    if not line.indent or following.indent <= line.indent or _OPEN_END.search(title):
        return False
    return following.text.rstrip().endswith((".", "!", "?"))


# "Meddelelse fra formandenReferat": a web page's section tab glued to the title's last word
_GLUED_LABEL = re.compile(r"(?<=[a-zæøå]{3})(?:Referat|Beslutning|Sagsfremstilling)$")


def unglue_label(title: str) -> str:
    """The title without a section's label glued to its end ("… formandenReferat")."""
    return _GLUED_LABEL.sub("", title)


# "Budget 2026/2027*": a footnote's star after the title (papers sent out), no Markdown's pair
_FOOTNOTE_STAR = re.compile(r"^(?P<title>[^*]*[\wæøå).])\s?\*{1,2}$")


# "Boden - Ansvarlig(Mikkel og René) - Proces(Information)", "Åbent hus: Ansvarlig(Mikkel)": a
# school board's template names who presents the item and the kind of point after its title
PRESENTER_TAIL = r"\s*(?:[-–:]\s*)+(?:ansvarlig|tovholder)\s*[(:][^\n]*$"
_PRESENTER_TAIL = re.compile(r"(?<=\w)" + PRESENTER_TAIL, re.IGNORECASE)


def tidy_title(title: str) -> str:
    """An accepted heading's title: no trailing comma or semicolon ("… Dyssegaard," cut, "… og
    siden sidst;" above its list), no footnote's star ("Budget 2026/2027*"), no glued label, no
    time slot after it (:mod:`tracker.minutes.slot_marks`), no presenter after it."""
    title = _PRESENTER_TAIL.sub("", title)
    title = re.sub(r"\s+[-–]\s+OK\.?$", "", title)  # "Godkendelse af referat - OK": its verdict
    title = _FOOTNOTE_STAR.sub(r"\g<title>", title.rstrip(" ,;"))
    return without_slot(unglue_label(title.rstrip(" ,;")))
