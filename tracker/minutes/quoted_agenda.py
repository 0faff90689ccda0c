"""A Markdown referat that quotes its agenda: each agenda block repeated as a quote, the
minutes written below it.

Many secretaries write the minutes into the meeting's agenda, made from a template: the
agenda listed first ("## Dagsorden" / "#### 2. Temaer" / "- 2.1 Budget (Eva)"), then under
"## Referat" each block of it again as a Markdown quote with the minutes' own text below::

    > #### 2. Temaer
    > - 2.1 Budget (Eva)

    Budgettet blev godkendt. Eva sender det til kassereren.

The quotes are the agenda's words, the unquoted text the minutes'. Some write the blocks
again without the quote marks ("#### 2. Temaer" / "- 2.1 Budget (Eva)" once more under
"## Referat"): the same, but every line below a heading may be the minutes'.

The text is rewritten to the shape the parser reads (:mod:`tracker.minutes.parser`): the
quote marks go, an item's minutes come under a "Referat:" label (the decision,
:mod:`tracker.minutes.sections`), each sub-point ("- 2.1 Budget (Eva)", or quoted right below
the item's heading "- Budget (Eva)") or short quoted topic line ("Evt og næste møde") is a
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
_BULLETED = re.compile(r"^[ \t]{0,1}[-*+•][ \t]+")
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


def repeats_agenda(text: str) -> bool:
    """The minutes repeat their agenda's blocks, quoted or as the same headings again with
    their sub-points ("#### 2. Temaer" / "- 2.1 Budget" once more under "## Referat")."""
    return quotes_agenda(text) or _repeat_start(text.split("\n")) is not None


def _repeat_start(lines: list[str]) -> int | None:
    """Where the agenda's item headings start again with the same titles, each block with its
    sub-points ("- 2.1 …") below as in the list above, or None."""
    heads = [(i, m) for i, line in enumerate(lines) if (m := _ITEM.match(line.rstrip()))]
    heads = [(i, m) for i, m in heads if m.group("marks").startswith("#")]
    numbers = [int(m.group("number")) for _, m in heads]
    restart = next((k for k in range(1, len(heads)) if numbers[k] <= numbers[k - 1]), None)
    if restart is None or restart < 2:
        return None
    listed = {int(m.group("number")): m.group("title").lower()[:30] for _, m in heads[:restart]}
    again = heads[restart:]
    same = sum(
        1 for _, m in again if listed.get(int(m.group("number"))) == m.group("title").lower()[:30]
    )
    subs = {
        int(sub.group("number"))
        for line in lines[heads[restart][0] :]
        if (sub := _SUB_POINT.match(line)) and _BULLETED.match(line)
    }
    if same < 2 or same * 2 < len(again) or len(subs & set(listed)) < 2:
        return None
    return heads[restart][0]


def unquoted_agenda(text: str) -> str:
    """The text with its quoted (or repeated) agenda blocks read as items over their minutes
    (see the module's docstring); a text without them as it was."""
    lines = text.split("\n")
    quoted = quotes_agenda(text)
    if quoted:
        start = next(
            i for i, ln in enumerate(lines) if _QUOTE.match(ln) and _item(_QUOTE.sub("", ln))
        )
    else:
        start = _repeat_start(lines)
        if start is None:
            return text
    # the items the minutes repeat: their quoted headings, or every heading after the list
    again = {
        int(m.group("number"))
        for line in lines[start:]
        if (bool(_QUOTE.match(line)) or not quoted) and (m := _item(_QUOTE.sub("", line)))
    }
    out = _listed_headings(lines[:start], again)
    number = None  # the quoted item being read
    level = 5  # a sub-point's heading: one below the item's
    in_quote = False
    heads = False  # the quoted lines so far in this quote are the item's heading and topics
    for line in lines[start:]:
        quote = _QUOTE.match(line)
        if quote is None and quoted:
            if in_quote and line.strip():
                out.append("")  # the quote's last line is no part of the minutes' first
            in_quote = False
            out.append(line)
            continue
        body = line[quote.end() :] if quote else line
        heads = heads if in_quote else True
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
            out += ["", "#" * level + " " + _BULLETED.sub("", body).strip(), ""]
            continue
        # unquoted, a line may be the minutes' own; quoted, a short line without a sentence's
        # end is a topic: alone ("> Evt og næste møde"), or listed right below the item's
        # heading ("> - Budget (Eva)"; "> Næste skridt:" / "> - …" are the agenda's text)
        topic = _TOPIC.match(_BULLETED.sub("", body)) if quoted else None
        listed = bool(_BULLETED.match(body)) and heads
        alone = not _BULLETED.match(body) and len(body.split()) <= 8
        if topic and number is not None and (listed and len(body.split()) <= 12 or alone):
            out += ["", "#" * level + " " + _BULLETED.sub("", body).strip(), ""]
            continue
        heads = heads and not body.strip()
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
