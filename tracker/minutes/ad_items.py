"""Minutes written under the agenda's numbers: "Ad 1:", "ad. 5 Generalforsamling", "Ad pkt. 3".

Under an agenda list above ("Dagsorden: 1. Generalforsamling. 2. Økonomi. …"), "Ad 1:" is the
minutes of the list's item 1: the list gives the titles (the list's title said again after
"Ad 1:" is no text of the minutes), and the items the excerpt does not
reach stay as the list has them (:mod:`tracker.minutes.numbering`). Without a list, the title
stands after the number ("ad 2. Indkommet post") or on the next line ("ad 1." / "Valg af
ordstyrer" / "Lis blev valgt.").

Used by :mod:`tracker.minutes.heading_candidates` and :mod:`tracker.minutes.agenda`. Pure
module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.header import Line
from tracker.minutes.heading import (
    IN_LIST,
    STRONG,
    Heading,
    next_text,
    short_title,
    title_like,
)
from tracker.minutes.repairs import LOST_TITLE

# "Ad 3:", "Ad pkt. 3.", "ad. 5 Generalforsamling", "Ad 8 Status hold"
AD = re.compile(r"^Add?\.?\s*(?:punkt\s+|pkt\.?\s*)?(\d{1,3})\b\s*[.:)\-–]?\s*(.*)$", re.I)
# "Dagsorden godkendt. Tidligere referat …": a short first sentence (up to five words, no
# figure) before the minutes' next sentence
_FIRST_SENTENCE = re.compile(
    r"^(?P<sentence>[A-ZÆØÅ][a-zæøå]+(?:\s+[a-zæøå]+){0,4})\.\s+[A-ZÆØÅ][a-zæøå]*\s+\S"
)
# A listed item whose title the page left out: "4. ….", "5. ..."
_PLACEHOLDER = re.compile(r"^(\d{1,3})\.?\s*(?:…|\.{2,})[.…\s]*$")


def ad_heading(i: int, text: str) -> Heading | None:
    """ "Ad 3: …" as a heading whose title the agenda list gives (None: no "Ad" line)."""
    m = AD.match(text)
    if m is None:
        return None
    return Heading(i, int(m.group(1)), "", STRONG, inline=m.group(2), refers_back=True)


def settle_ad_items(
    lines: list[Line], candidates: dict[int, Heading], accepted: dict[int, Heading]
) -> None:
    """Give the accepted "Ad N" headings their agenda: the numbered list above them, or
    else each its own title (after the number or on the next line)."""
    ads = sorted(i for i, h in accepted.items() if h.refers_back)
    if not ads:
        return  # no "Ad" lines
    if _paired_meetings(lines, candidates, accepted, ads):
        return
    listed = _list_above(lines, candidates, ads[0], accepted[ads[0]].number)
    above = [i for i in accepted if i < ads[0] and not accepted[i].refers_back]
    # "Ad 6: Eventuelt og kig" under the list's "6. Eventuelt og kig": the title, no text
    heads = {i: accepted[i] for i in above} or listed  # the list read already, or the one above
    titles = {_words(h.title): h for h in heads.values()}
    for i in ads:
        head = titles.get(_words(accepted[i].inline))
        if head is not None and head.number == accepted[i].number:
            accepted[i].title, accepted[i].inline = head.title, ""
    if above and not set(above) <= set(listed):
        return  # the agenda list above is read already
    if listed:
        accepted.update(listed)
        return
    for i in ads:
        _own_title(lines, accepted[i])


def _words(text: str) -> str:
    """A title's words, as compared between the list and an "Ad" line ("Tema 1 - Plan" is
    "Tema 1: Plan")."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _paired_meetings(
    lines: list[Line], candidates: dict[int, Heading], accepted: dict[int, Heading], ads: list[int]
) -> bool:
    """Two meetings in one referat: two agenda lists above, each counting from 1, and the "Ad"
    lines counting from 1 again for the second ("Ad 1", "Ad 2", "Ad 3", "Ad 1", …). Each run
    of "Ad" lines takes its titles from its own list, in order; a numbered line above them
    that is in no list ("0 Vi sang …") is no item. False when the referat is not so."""
    ad_runs: list[list[int]] = []
    for i in ads:
        if not ad_runs or (accepted[i].number or 0) <= (accepted[ad_runs[-1][-1]].number or 0):
            ad_runs.append([])
        ad_runs[-1].append(i)
    runs = _runs_above(lines, candidates, ads[0])
    lists = [run for run in runs if len(run) >= 2 and min(h.number or 0 for h in run.values()) == 1]
    if len(ad_runs) < 2 or len(lists) < len(ad_runs):
        return False
    titles = [{h.number: h.title for h in run.values()} for run in lists[-len(ad_runs) :]]
    if any(
        accepted[i].number not in listed
        for run, listed in zip(ad_runs, titles, strict=True)
        for i in run
    ):
        return False
    for run, listed in zip(ad_runs, titles, strict=True):
        for i in run:
            accepted[i].title = listed[accepted[i].number]
    for i in [i for i in accepted if i < ads[0]]:
        del accepted[i]
    return True


def _list_above(
    lines: list[Line], candidates: dict[int, Heading], first_ad: int, number: int | None
) -> dict[int, Heading]:
    """The numbered list (1, 2, 3 … on lines of their own) that ends last before the first
    "Ad" line and holds its number: the agenda the minutes refer to."""
    for found in reversed(_runs_above(lines, candidates, first_ad)):
        numbers = [h.number for h in found.values()]
        if len(found) >= 2 and numbers[0] in (0, 1) and number in numbers:
            return found
    return {}


def _runs_above(
    lines: list[Line], candidates: dict[int, Heading], first_ad: int
) -> list[dict[int, Heading]]:
    """The numbered runs (1, 2, 3 … on lines of their own) before the first "Ad" line."""
    runs: list[dict[int, Heading]] = []
    run: dict[int, Heading] = {}
    expected = None
    for i in range(first_ad):
        text = lines[i].text
        if not text:
            continue
        heading = candidates.get(i)
        placeholder = _PLACEHOLDER.match(text)
        if heading is None and placeholder:
            heading = Heading(i, int(placeholder.group(1)), LOST_TITLE, IN_LIST)
        if heading is None or heading.number is None or heading.refers_back:
            run, expected = {}, None
            continue
        if heading.number != expected:
            run = {}
            runs.append(run)
        run[i] = heading
        expected = heading.number + 1
    return runs


def _own_title(lines: list[Line], heading: Heading) -> None:
    """The title of an "Ad N" without an agenda list: the words after the number when they
    are a title, else a short title line right below with the minutes after it."""
    inline = heading.inline.strip()
    if inline:
        below = next_text(lines, heading.index, 2)
        # "Ad.2.Forretningsorden." with the minutes on the lines below: a title with a full
        # stop (never "Ad 3: Godkendt." over the next "Ad 4", which is the minutes)
        dotted = inline.endswith(".") and below is not None and AD.match(lines[below].text) is None
        if short_title(inline) or (dotted and short_title(inline[:-1])):
            # the full stop goes, an abbreviation's stays ("budget m.v.")
            title = re.sub(r"(?<![.\s][a-zæøå])\.$", "", inline.rstrip(":"))
            heading.title, heading.inline = title.strip(), ""
        elif first := _FIRST_SENTENCE.match(inline):
            # "Ad 1. Dagsorden godkendt. Tidligere referat …": no title but the first short
            # sentence, which names the item; the whole line stays its minutes
            heading.title = first["sentence"]
        return
    below = next_text(lines, heading.index, 2)
    if below is None or not title_like(lines[below]) or not short_title(lines[below].text):
        return
    after = next_text(lines, below, 3)
    if after is not None and AD.match(lines[after].text) is None:
        heading.title = lines[below].text.rstrip(":")
        heading.consumed.append(below)
