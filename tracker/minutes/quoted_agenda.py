"""A Markdown referat that quotes its agenda: each agenda block repeated as a quote, the
minutes written below it.

Many secretaries write the minutes into the meeting's agenda, made from a template: the
agenda listed first ("## Dagsorden" / "#### 2. Temaer" / "- 2.1 Budget (Eva)"), then under
"## Referat" each block of it again as a Markdown quote with the minutes' own text below::

    > #### 2. Temaer
    > - 2.1 Budget (Eva)

    Budgettet blev godkendt. Eva sender det til kassereren.

The quotes are the agenda's words, the unquoted text the minutes'. The text is rewritten to
the shape the parser reads (:mod:`tracker.minutes.parser`): the quote marks go, a quoted
item's minutes come under a "Referat:" label (the decision, :mod:`tracker.minutes.sections`),
each quoted sub-point ("- 2.1 Budget (Eva)") or short topic line ("Evt og næste møde") is a
heading over the minutes below it (a topic, no task), and the agenda list above keeps its
items' headings only: the minutes repeat their lines, and the list is then read once
(:mod:`tracker.minutes.numbering`); a numbered line of the minutes' own is a list there, no
item (:func:`quoted_items`). A Markdown link in any referat is read as its words
(:func:`link_texts`).

Pure module: stdlib only.
"""

from __future__ import annotations

import re

# one or more quote marks opening a line: "> ", ">> ", "> > "
_QUOTE = re.compile(r"^[ \t]{0,3}>(?:[ \t]?>)*[ \t]?")
# an item's heading: "#### 2. Temaer", "**2. Temaer**", "## Punkt 2: Temaer"
_ITEM = re.compile(
    r"^(?P<marks>#{1,6}[ \t]+|\*\*)(?:punkt[ \t]+)?(?P<number>\d{1,3})[.):]?[ \t]+"
    r"(?P<title>\S.*?)(?:\*\*)?[ \t]*$",
    re.IGNORECASE,
)
# a sub-point of item N: "- 2.1 Budget (Eva)", "* 2.1. Budget", "2.1 Budget"
_SUB_POINT = re.compile(r"^[ \t]{0,3}(?:[-*+•][ \t]+)?(?P<number>\d{1,3})\.\d{1,2}\.?[ \t]+\S")
_ANY_HEADING = re.compile(r"^#{1,6}[ \t]")
# a quoted topic line of the agenda's: short, a capital first, no sentence's end ("> Evt og
# kik til næste møde"); "> Næste skridt:" and "> Prototypen er klar." are the agenda's text
_TOPIC = re.compile(r"^[ \t]{0,3}[A-ZÆØÅ][^.:;!?]{2,60}$")
_LABEL = "Referat:"


def _item(text: str) -> re.Match | None:
    return _ITEM.match(text.strip())


def quotes_agenda(text: str) -> bool:
    """The minutes repeat their agenda items as quotes: two or more quoted item headings."""
    numbers = set()
    for line in text.split("\n"):
        quote = _QUOTE.match(line)
        if quote is None:
            continue
        item = _item(line[quote.end() :])
        if item is not None:
            numbers.add(int(item.group("number")))
    return len(numbers) >= 2


def unquoted_agenda(text: str) -> str:
    """The text with its quoted agenda blocks read as items over their minutes (see the
    module's docstring); a text without them as it was."""
    if not quotes_agenda(text):
        return text
    lines = text.split("\n")
    first_quote = next(
        i for i, line in enumerate(lines) if _QUOTE.match(line) and _item(_QUOTE.sub("", line))
    )
    quoted = {
        int(m.group("number"))
        for line in lines[first_quote:]
        if _QUOTE.match(line) and (m := _item(_QUOTE.sub("", line)))
    }
    out = _listed_headings(lines[:first_quote], quoted)
    number = None  # the quoted item being read
    level = 5  # a sub-point's heading: one below the item's
    in_quote = False
    for line in lines[first_quote:]:
        quote = _QUOTE.match(line)
        if quote is None:
            if in_quote and line.strip():
                out.append("")  # the quote's last line is no part of the minutes' first
            in_quote = False
            out.append(line)
            continue
        body = line[quote.end() :]
        in_quote = True
        item = _item(body)
        if item is not None:
            number = int(item.group("number"))
            marks = item.group("marks").strip()
            level = min(len(marks) + 1, 6) if marks.startswith("#") else 5
            out += ["", body.strip(), "", _LABEL, ""]
            continue
        sub = _SUB_POINT.match(body)
        if sub is not None and number is not None and int(sub.group("number")) == number:
            out += ["", "#" * level + " " + re.sub(r"^[-*+•][ \t]+", "", body.strip()), ""]
            continue
        topic = _TOPIC.match(body)
        if topic is not None and number is not None and len(body.split()) <= 8:
            out += ["", "#" * level + " " + body.strip(), ""]
            continue
        out.append(body)
    return "\n".join(out)


def _listed_headings(lines: list[str], quoted: set[int]) -> list[str]:
    """The lines before the minutes, an agenda item's lines dropped below its heading when
    the minutes quote that item (its heading stays: a listed item the minutes leave out is
    still on the agenda)."""
    out: list[str] = []
    dropping = False
    for line in lines:
        item = _item(line)
        if item is not None:
            dropping = int(item.group("number")) in quoted
            out.append(line)
            continue
        if _ANY_HEADING.match(line):
            dropping = False
        if not dropping:
            out.append(line)
    return out


def quoted_items(lines: list, headings: dict) -> dict:
    """The item headings of a text that quoted its agenda: its headings only (a Markdown
    heading or a bold line); a numbered line in the minutes' own text is a list there
    ("Næste møde:" / "1. Budget" / "2. Status")."""
    return {i: h for i, h in headings.items() if lines[i].level or lines[i].bold}


# a Markdown link: "[beslutningslog](https://…)", "[[SDR] Projektplan](https://…)"
_LINK = re.compile(r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]\((?:https?://|www\.|/|\.\.?/)[^)\s]*\)")


def link_texts(text: str) -> str:
    """The text with each Markdown link written as its words: the address is no part of the
    minutes' sentences or an item's title."""
    return _LINK.sub(r"\1", text) if "](" in text else text
