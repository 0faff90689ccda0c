"""A small body's items as paragraphs that open with their titles, without numbers: "Økonomi:
Kassereren orienterede om …", "Godkendelse af referat fra sidste møde: Godkendt.", each after a
blank line; a title on a line of its own among them ("Arrangementer:" over its bullets,
"Medlemsblad" over its sentences) is an item of the same list.

Used by :mod:`tracker.minutes.unnumbered` when no other reading of a referat without numbered
items finds as many. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import DAY_IN_FIGURES
from tracker.minutes.header import FIELD_LINE, Line
from tracker.minutes.heading import MINUTES_WORD, WEAK, Heading, is_section, next_text, short_title
from tracker.minutes.proceedings import VERDICT_WORDS
from tracker.minutes.sections import BULLET, section_kind

__all__ = ["run_in_items"]

# "Økonomi: Kassereren orienterede …": a title, its colon, then a capital opening the text
_RUN_IN = re.compile(r"^(?P<title>[A-ZÆØÅ][^:]{2,140}?)\s*:\s+(?P<rest>[A-ZÆØÅ\"”«].*)$")
# "Godkendt.", "Godkendt uden bemærkninger", "Intet nyt": a verdict as the whole text
_VERDICT = re.compile(r"^" + VERDICT_WORDS + r"\b", re.I)
# "Årsmøde: Tirsdag den 20.5.2014 kl. 19.00 …": a coming event's day, no item's minutes
_DAY_FIRST = re.compile("^" + DAY_IN_FIGURES, re.IGNORECASE)
# A label of the head or a note, not a topic: "Note:", "NB:", "Obs:"
_NOTE = re.compile(r"^(?:note|nb|obs|ps|husk|bemærk|mvh|hilsen)\b", re.I)


def _topic(title: str) -> bool:
    """A topic's words: no field label, section label or sentence ("Vi drøftede: …")."""
    return bool(
        len(title.split()) <= 16
        and not MINUTES_WORD.search(title)
        and not FIELD_LINE.match(title + ":")
        and not _NOTE.match(title)
        # a case's section label ("Beslutning:", "Indstilling:") is none; "Økonomi:" in a small
        # body's referat is the treasurer's topic
        and (section_kind(title) == "other" or not (is_section(title) or section_kind(title)))
        and not re.search(r"\b[a-zæøå]{3,}(?:ede|te)\b", title)
    )


def _after_blank(lines: list[Line], i: int, start: int) -> bool:
    return i == start or not lines[i - 1].text


def _run_in(lines: list[Line], i: int) -> Heading | None:
    """ "Title: Text …" opening a paragraph: the text a verdict or a sentence of four words."""
    line = lines[i]
    m = _RUN_IN.match(line.text)
    if m is None or line.indent or BULLET.match(line.text) or not _topic(m["title"]):
        return None
    rest = m["rest"].strip()
    if _DAY_FIRST.match(rest) or not (_VERDICT.match(rest) or len(rest.split()) >= 4):
        return None
    return Heading(i, None, m["title"].strip(), WEAK, inline=rest)


def _title_alone(lines: list[Line], i: int) -> Heading | None:
    """A short title on its own line ("Arrangementer:", "Medlemsblad") with text below it: a
    sentence, or a list after a colon."""
    line = lines[i]
    name = line.text.rstrip(":").strip()
    if line.indent or BULLET.match(line.text) or not short_title(name) or not _topic(name):
        return None
    below = next_text(lines, i, 2)
    if below is None:
        return None
    after = lines[below].text
    listed = line.text.endswith(":") and bool(BULLET.match(after))
    sentence = len(after) >= 25 and re.match(r"[A-ZÆØÅ]", after) and not _RUN_IN.match(after)
    return Heading(i, None, name, WEAK) if listed or sentence else None


def run_in_items(lines: list[Line], start: int) -> dict[int, Heading]:
    """The items when two or more paragraphs open with their titles and three or more items
    stand so (titles alone among them), else none."""
    found: dict[int, Heading] = {}
    run_ins = 0
    for i in range(start, len(lines)):
        if not lines[i].text or lines[i].toc or not _after_blank(lines, i, start):
            continue
        heading = _run_in(lines, i)
        if heading is not None:
            found[i], run_ins = heading, run_ins + 1
            continue
        alone = _title_alone(lines, i)
        above = next((j for j in range(i - 1, start - 1, -1) if lines[j].text), None)
        if alone is not None and not (above in found and not found[above].inline):
            # "Title" / "" / "Bestyrelsen konstituerer sig således:": the title's text below
            found[i] = alone
    return found if run_ins >= 2 and len(found) >= 3 else {}
