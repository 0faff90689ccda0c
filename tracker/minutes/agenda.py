"""Which lines of a referat head its agenda items, and how the items are numbered.

A heading is "Punkt 3: Title", "Pkt. 3 Title", "3. Title" (a heading, bold, a case number
below it, or a line of a plain text), a number alone above its title line (a web page's
table cells), "Ad 3: …" / "ad. 5 Title" (the minutes under an agenda's number, see
:mod:`tracker.minutes.ad_items`), and, in a referat without numbered items, a time slot
("19.00-19.30 Title") or a bold title (:mod:`tracker.minutes.unnumbered`). A numbered line
inside an item's text is a list, not an item, unless a section label ("Referat:",
"Beslutning") or a case number follows it: Word's numbering (every item "1.") is read that
way. A title the page wrapped onto the next line is joined again.

What heading each line can be is read by :mod:`tracker.minutes.heading_candidates`; here,
which of those candidates are items, in the run they stand in.

The numbers are settled after the parse (:mod:`tracker.minutes.numbering`).

Pure module: stdlib only.
"""

from __future__ import annotations

from dataclasses import replace

from tracker.minutes.ad_items import settle_ad_items
from tracker.minutes.count_gaps import fill_count_gaps, lost_count, nested_twos
from tracker.minutes.header import Line
from tracker.minutes.heading import (
    CLOSING_TITLE,
    IN_LIST,
    MINUTES_WORD,
    NEEDS_PROOF,
    STRONG,
    WEAK,
    Heading,
    count_goes_on,
    other_style,
    proven,
    repeats,
)
from tracker.minutes.heading_candidates import continues_paragraph, heading_candidate
from tracker.minutes.labelled_list import agenda_above, counts_up, list_label, minutes_said
from tracker.minutes.numbered_minutes import counted_items, numbered_minutes
from tracker.minutes.outer_count import outer_count
from tracker.minutes.outline import Outline, counts_on, in_count_list, sentence_heading
from tracker.minutes.pkt_minutes import all_refer_back
from tracker.minutes.repairs import LOST_TITLE
from tracker.minutes.title_wrap import join_wrapped_title, tidy_title
from tracker.minutes.unnumbered import (
    closing_item,
    lost_headings,
    sole_topic,
    unnumbered,
)

__all__ = ["Heading", "find_headings"]


def find_headings(lines: list[Line], plain: bool) -> dict[int, Heading]:
    """The agenda items' headings by line index (see the module's docstring)."""
    candidates: dict[int, Heading] = {}
    below_paragraph: dict[
        int, Heading | None
    ] = {}  # "3 Title" right below a line without a full stop
    for i in range(len(lines)):
        heading = heading_candidate(lines, i, plain)
        if heading is not None:
            candidates[i] = heading
        elif plain and continues_paragraph(lines, i):
            below_paragraph[i] = heading_candidate(lines, i, plain, wrapped=True)
    accepted: dict[int, Heading] = {}
    last_number = first_number = 0  # a new count starts at 1 or at the first item's number
    body_since = False  # text (not headings) since the last accepted heading
    rejected_run = False  # the previous candidate, right above, was taken as a list line
    skip: set[int] = set()
    previous_candidate = False
    previous_number = 0  # the number of the candidate right above
    previous_indent = 0  # and where it stood
    bare_list = True  # the items so far follow each other without text: an agenda list
    outline = Outline()
    rejected_since = False  # a candidate was taken as a list line since the last item
    sub_points = False  # the candidates right above are a list item's sub-points
    agenda_label = False  # the items so far are the list below a "Dagsorden:" label
    minutes_count = 0  # below it, the last of the minutes' numbered sentences
    for i, line in enumerate(lines):
        if i in skip:
            continue
        heading = candidates.get(i)
        wrapped = below_paragraph.get(i)
        if heading is None and wrapped is not None and not rejected_since and accepted:
            # "3 Tilføjelser til dagsordenen" below "… NO holder ham orienteret": the next item
            # when it counts on, not a paragraph's wrapped line
            last = max(accepted)
            below = {**candidates, **below_paragraph}
            following = [below[j].number for j in sorted(below) if j > i and below[j]]
            goes_on = following[:1] in ([], [(wrapped.number or 0) + 1])  # "4 …" next, or none
            if goes_on and counts_on(lines, i, wrapped, last, accepted[last].number, body_since):
                heading = wrapped
        if heading is None:
            if line.text:
                body_since = True
                previous_candidate = False
                outline.body(line, bool(accepted))
            continue
        in_run = previous_candidate  # right below another candidate: one list
        ok = heading.strength == STRONG
        other = not ok and not bare_list and other_style(lines, i, accepted)
        if other and not repeats(accepted, heading):
            # "Punkt 4 Endeligt budget godkendt." under "3. Punkter fra kirkeudvalget": the
            # points of another meeting in the item's text, not items of this one
            body_since, previous_candidate = True, False
            outline.body(line, bool(accepted))
            continue
        if not ok and outline.nested(line, heading):
            # a list inside the item: the items' own run is not broken by it
            previous_candidate, rejected_run, body_since = True, False, True
            outline.body(line, bool(accepted))
            continue
        # "   1. Verifikation …" further in right below "1. Formalia" of a list: its sub-points,
        # 1, 2 …; the list's own count goes on below them ("2. Økonomi" at the margin)
        sub_points = in_run and outline.inner(line) and (heading.number == 1 or sub_points)
        if not ok and sub_points:
            previous_candidate, rejected_run = True, False
            continue
        if heading.strength == WEAK:
            restart = accepted and heading.number <= last_number
            # a new count (a second list, or Word's lost numbering) starts at 1 or repeats
            starts = (1, first_number, last_number)
            again = heading.number in starts and proven(lines, heading, candidates)
            # "1: VALG AF DIRIGENT" under the agenda's "1. Valg af dirigent": the minutes' own
            again = again or (restart and repeats(accepted, heading))
            # "61. Eventuelt" below "61. Stillingtagen …": the closing item, its number a typo
            again = again or (
                restart and heading.number == last_number and CLOSING_TITLE.match(heading.title)
            )
            ok = not (restart and (body_since or rejected_run) and not again)
            # " 1. Grøn kirke" further in right below "2. Fokuspunkt": a list inside the item
            ok = ok and not (restart and outline.inner(line))
            # right below a rejected list, a count that starts again at 1 is a list of its own
            # ("9. Evt." / "1. REFERAT FRA SIDST:": the minutes under the agenda list)
            anew = heading.number == 1 and previous_number > 1
            on = in_run and rejected_run and heading.number == last_number + 1  # past a list
            anew = anew or on and outline.past_list(lines, i, accepted, previous_indent)
            ok = ok and not (in_run and rejected_run and not anew)
            ok = ok and not in_count_list(lines, i)  # "2 O-løber" under "15 passive medlemmer"
        elif heading.strength == NEEDS_PROOF:
            restart = accepted and heading.number <= last_number
            ok = (not restart or heading.number in (1, first_number, last_number)) and proven(
                lines, heading, candidates
            )
        if heading.strength in (WEAK, NEEDS_PROOF) and not ok:
            # " 1. Sommerfest" at the items' own column; not a list of minutes ("1. Bestyrelsen
            # har godkendt regnskabet. …" / "2. …") under an agenda list
            ok = not heading.inline and not (in_run and rejected_run)
            ok = ok and outline.restarts(line, heading)
        if heading.strength in (WEAK, NEEDS_PROOF) and not ok and body_since and bare_list:
            # "1. Valg af referent" after the agenda list ("1. Generalforsamlingen / 2. …") and
            # the head's lines: the minutes' own count, when "2." follows after their text
            ok = len(accepted) >= 2 and heading.number == first_number
            ok = ok and count_goes_on(lines, i, heading, candidates)
        if heading.strength in (NEEDS_PROOF, IN_LIST) and not ok and plain:
            after = body_since or not accepted
            ok = sentence_heading(lines, i, heading, last_number, after, in_run and rejected_run)
        if heading.strength in (NEEDS_PROOF, IN_LIST) and not ok:
            # the next number of the list right above: "1. Velkomst" / "2. Referatet godkendt."
            ok = (
                bool(accepted) and in_run and not rejected_run and heading.number == last_number + 1
            )
        label = list_label(lines, i, heading)
        if not ok and label and heading.strength in (WEAK, NEEDS_PROOF):
            # "Dagsorden:" / "1. Godkendelse af dagsorden.", "Referat:" / "1. …" (again): the
            # label says what the count below it is; not after the items ("Dagsorden:" of the
            # next meeting below the last item)
            ok = not accepted or agenda_label
        restart = heading.number == 1 < last_number and not agenda_above(lines, i)
        if not ok and agenda_label and restart and not heading.inline:
            # the count starts again at 1 after the labelled agenda's list: the minutes' items
            ok = heading.strength in (WEAK, NEEDS_PROOF) and not MINUTES_WORD.search(heading.title)
        said = (
            minutes_said(line.text, heading, accepted, minutes_count, label) if agenda_label else ""
        )
        listed = {h.number for h in accepted.values()}
        counted = minutes_count or (
            heading.number == 1 < last_number and counts_up(candidates, i, listed)
        )
        if said and counted and heading.number in listed and heading.number > minutes_count:
            # "1. Bestyrelsen har godkendt regnskabet. …" / "2. …" / "4. …" below the labelled
            # agenda: the minutes of the listed items, numbered as they are, without titles
            heading = replace(heading, title=LOST_TITLE, inline=said, strength=WEAK)
            ok, minutes_count = True, heading.number or 0
        if not ok and heading.number == 1 and outline.lost_numbers(line, accepted.values()):
            # " 1. Økonomi. Der er brug for …" at the column of " 1.", " 1.", " 1.": Word's lost
            # numbering, whatever the line holds after the title
            ok = True
        if not ok and plain and accepted and not rejected_since:
            # "7 Hvem skal være vores leverandør?" after item 6's text: the count goes on
            last = max(accepted)
            ok = counts_on(lines, i, heading, last, accepted[last].number, body_since)
        previous_candidate, previous_number = True, heading.number or 0
        previous_indent = line.indent
        rejected_run = not ok
        rejected_since = rejected_since or not ok
        if not ok:
            body_since = True
            outline.body(line, bool(accepted))
            continue
        agenda_label = agenda_label or (not accepted and label.startswith("dagsorden"))
        outline.heading(line, heading)
        join_wrapped_title(lines, heading)
        heading.title = tidy_title(heading.title)
        skip.update(heading.consumed)
        bare_list = bare_list and not (accepted and body_since)
        accepted[i] = heading
        rejected_since = False
        first_number = first_number or heading.number or 0
        last_number = heading.number or last_number
        body_since = False
    accepted = outer_count(lines, candidates, accepted)  # nested lists: the outer count's
    all_refer_back(lines, accepted)  # "Pkt 1: …", "Pkt 2: …", then "Pkt. 7: Intet." too
    settle_ad_items(lines, candidates, accepted)
    fill_count_gaps(lines, candidates, accepted)  # "1, 4, 5" and between them "2.", "3."
    lost_count(lines, candidates, accepted)  # " 1.", " 1.", " 1.": Word lost the numbers
    nested_twos(lines, accepted)  # " 1. Meddelelser" / " 2. Formand": a list inside it
    if accepted:
        closing_item(lines, accepted)
    if accepted:
        return accepted
    numbered = numbered_minutes(lines, candidates) if plain else {}
    counted = counted_items(lines, candidates) if plain and not numbered else {}
    return unnumbered(lines) or numbered or counted or lost_headings(lines) or sole_topic(lines)
