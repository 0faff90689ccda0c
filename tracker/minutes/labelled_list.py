"""A numbered list under a label that names it ("Dagsorden:", "Referat:"): where the meeting's
count of items starts, and the minutes' numbered sentences below a labelled agenda.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import Line
from tracker.minutes.heading import MINUTES_WORD, Heading
from tracker.minutes.sections import _NUMBER_TITLE
from tracker.minutes.unnumbered import BODY_START

__all__ = ["agenda_above", "counts_up", "list_label", "minutes_said"]


def list_label(lines: list[Line], i: int, heading: Heading) -> str:
    """The label right above item 1 that names the agenda or the minutes ("Dagsorden:",
    "Referat:"), lower case, when the count of the meeting's items starts there; else "".
    A numbered sentence with its minutes ("1. Bestyrelsen har godkendt …. Regnskabet …") is
    the minutes' text under the label, not a title."""
    if heading.number != 1 or heading.inline or MINUTES_WORD.search(heading.title):
        return ""  # "1. Referatet blev godkendt.": the minutes' sentence, not a title
    above = next((lines[j] for j in range(i - 1, max(i - 3, -1), -1) if lines[j].text), None)
    if above is None:
        return ""
    if BODY_START.match(above.text) or _ITEM_GROUP.match(above.text):
        return above.text.lower()
    return ""


# "Indledning:", "Orientering og evt. beslutning.", "Til drøftelse:": a group of the agenda's
# items, its count starting at 1 again below each group (the items numbered in order after)
_ITEM_GROUP = re.compile(
    r"^(?:indledning|afslutning|orientering(?:spunkter)?|beslutningspunkter|drøftelsespunkter"
    r"|til\s+(?:orientering|beslutning|drøftelse)|punkter\s+til\s+(?:orientering|beslutning"
    r"|drøftelse))(?:\s+og\s+(?:evt\.?\s+)?(?:beslutning|drøftelse|orientering))?\s*[:.]?$",
    re.IGNORECASE,
)


def minutes_said(
    text: str, heading: Heading, accepted: dict[int, Heading], counting: int, label: str = ""
) -> str:
    """The numbered line's words after its number when they are the minutes' sentences ("1.
    Bestyrelsen har godkendt regnskabet. Det sendes …"), not a title; once such a count is on
    (``counting``), or right below a label that names the minutes ("Referat:" / "1. Ordstyrer:
    Ole"), any line that does not repeat its listed title; else ""."""
    m = _NUMBER_TITLE.match(text)
    sentence = heading.inline or MINUTES_WORD.search(heading.title)
    minutes_label = heading.number == 1 and re.match(r"referat\w*\s*:?$", label)
    if (counting or minutes_label) and not sentence:
        titles = [h.title.lower() for h in accepted.values() if h.number == heading.number]
        sentence = not any(t[:20] == heading.title.lower()[:20] for t in titles)
    return m.group(2).strip() if m and sentence else ""


def counts_up(candidates: dict[int, Heading], i: int, listed: set[int]) -> bool:
    """The next numbered line after ``i`` goes on with a listed number above 1 (a count, not
    a page's lost numbering, every line "1.")."""
    following = next((h.number for j, h in sorted(candidates.items()) if j > i and h.number), 0)
    return following > 1 and following in listed


def agenda_above(lines: list[Line], i: int) -> bool:
    """The line right above ends with an agenda's label ("Næste møde 5. maj. Dagsorden:"):
    the list below is another agenda (the next meeting's), not these minutes' count."""
    above = next((lines[j].text for j in range(i - 1, max(i - 3, -1), -1) if lines[j].text), "")
    return bool(re.search(r"\bdagsorden(?:en)?\s*:\s*$", above, re.I))
