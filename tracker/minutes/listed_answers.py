"""The minutes' numbered answers below a labelled agenda that the heading reader left out:
"Dagsorden:" / "1. Godkendelse af referat" / … / "7. Evt." and then "1. Ingen bemærkninger.",
"2. a. Generalforsamling den 15/3. Alle genopstiller. …" (a long paragraph, no title), "3.
Hanne kontakter Tivoli …", "4. Der er styr på mad." The short answers are read as the listed
items' minutes (:func:`tracker.minutes.labelled_list.minutes_said`); a paragraph too long to be
a title is no heading candidate at all, so its text fell under the answer above it and its
tasks under the wrong item. Here each numbered line that goes on with the answers' count (the
next number, one the agenda lists) is that item's answer too. When every answer is such a
paragraph ("Referat jf. dagsorden:" / "1. Niels informerede om … (a paragraph)" / "2. …"), the
count below the bare agenda list, from 1, is read the same way (:func:`_paragraph_answers`);
and paragraphs that open with a listed title and a colon ("Julefest: Salen er lejet. …") are
those items' minutes (:func:`_labelled_answers`).

Used by :mod:`tracker.minutes.parser`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import Line
from tracker.minutes.heading import WEAK, Heading
from tracker.minutes.repairs import LOST_TITLE

__all__ = ["missed_answers"]

# "2. a. Generalforsamling …", "3) Hanne kontakter …": a number, then the answer's words
_ANSWER = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)$")


def missed_answers(lines: list[Line], headings: dict[int, Heading]) -> dict[int, Heading]:
    """``headings`` with the answers the count below the labelled agenda skipped (see the
    module); the headings as they are when there are no such answers."""
    answers = [i for i in sorted(headings) if headings[i].title == LOST_TITLE]
    if not answers:
        return _labelled_answers(lines, _paragraph_answers(lines, headings))
    if headings[answers[0]].number != 1:
        return headings
    listed = {h.number for i, h in headings.items() if i < answers[0] and h.title != LOST_TITLE}
    if not {h.number for i, h in headings.items() if i in answers} <= listed:
        return headings  # answers the agenda does not list: another count
    found = dict(headings)
    previous, nested = 1, None  # the last answer's number; the indent of a list inside it
    for i in range(answers[0] + 1, len(lines)):
        if i in headings:
            previous, nested = headings[i].number or previous, None
            continue
        m = _ANSWER.match(lines[i].text) if lines[i].text and not lines[i].toc else None
        if m is None:
            continue
        number = int(m["number"])
        if nested is not None and lines[i].indent < nested:
            nested = None  # "    3. Jens tager …" / "  5. To-do-listen …": out of the inner list
        if number <= previous:
            nested = lines[i].indent  # "1." again inside the answer: its own list
        elif number == previous + 1 and number in listed and nested is None:
            found[i] = Heading(i, number, LOST_TITLE, WEAK, inline=m["text"])
            previous = number
    return found


def _paragraph_answers(lines: list[Line], headings: dict[int, Heading]) -> dict[int, Heading]:
    """``headings``, a bare agenda list (two or more items, one a line, counting from 1), with
    the numbered paragraphs below it that count 1, 2, … again as the listed items' answers
    (two or more, the first too long for a title), or that are each "1." (Word numbered each
    answer as a list of its own); the headings as they are for another shape."""
    order = sorted(headings)
    numbers = [headings[i].number for i in order]
    bare = order == list(range(order[0], order[0] + len(order))) if order else False
    if len(order) < 2 or not bare or numbers != list(range(1, len(order) + 1)):
        return headings
    if any(headings[i].consumed for i in order):
        return headings
    found = dict(headings)
    previous, ones = 0, True  # ones: every answer so far written "1."
    for i in range(order[-1] + 1, len(lines)):
        m = _ANSWER.match(lines[i].text) if lines[i].text and not lines[i].toc else None
        if m is None:
            continue
        number = int(m["number"])
        if number == 1 and previous and ones:
            number = previous + 1  # " 1. Janne …", " 1. Henrik …": Word's lists of one each
        else:
            ones = number == 1
        if number != previous + 1 or number > len(order) or number == 1 and len(m["text"]) <= 160:
            break  # the first answer too long for a title; the others go on with the count
        found[i] = Heading(i, number, LOST_TITLE, WEAK, inline=m["text"])
        previous = number
    return found if previous >= 2 else headings


# "Julefest: Salen er lejet. …", "Godkendelse af referat.": a label, then the minutes
_LABELLED = re.compile(r"^(?P<label>[^:.]{3,60}?)\s*(?::\s+(?P<text>\S.*)|[.:]?)$")


def _labelled_answers(lines: list[Line], headings: dict[int, Heading]) -> dict[int, Heading]:
    """``headings``, a bare agenda list alone (three or more items, one a line, counting from
    1), with the paragraphs below it that open with a listed title (two or more, in the list's
    order) as those items' minutes; the headings as they are for another shape."""
    order = sorted(headings)
    if len(order) < 3 or order != list(range(order[0], order[0] + len(order))):
        return headings
    listed = [(headings[i].number, _key(headings[i].title)) for i in order]
    if [n for n, _ in listed] != list(range(1, len(order) + 1)):
        return headings
    found = dict(headings)
    previous = 0
    for i in range(order[-1] + 1, len(lines)):
        m = _LABELLED.match(lines[i].text) if lines[i].text and not lines[i].toc else None
        key = _key(m["label"]) if m else ""
        hit = next((n for n, title in listed if n and n > previous and key == title), None)
        if hit is None or m is None:
            continue
        found[i] = Heading(i, hit, headings[order[hit - 1]].title, WEAK, inline=m["text"] or "")
        previous = hit
    return found if len(found) - len(headings) >= 2 else headings


def _key(title: str) -> str:
    """A title as a label repeats it: in small letters, without its closing mark."""
    return " ".join(title.lower().strip(" .:?").split())
