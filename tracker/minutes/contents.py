"""The items a referat's contents list names that its body leaves out.

A municipal referat opens with a list of its items: a table of contents ("INDHOLDSFORTEGNELSE"
with "1. Title ....... 3", or the number, the title and the page each on a line of their own)
or the case system's "Dagsordenspunkter" ("åbent 1 Title", "lukket 7 Title"). The body then
treats the open items; a closed item ("Lukket punkt"), an item that "udgår", or the items
after a page's cut are named only in the list. They were on the meeting's agenda all the same:
they stay, with their listed titles and no text, as an agenda list's do
(:func:`tracker.minutes.numbering.settle_numbers`).

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.bullet_contents import bullet_list_above, bullets_are_the_items
from tracker.minutes.fields import Line
from tracker.minutes.items import ItemBuilder

__all__ = ["contents_list", "fold_page_numbers", "listed_left_out", "with_left_out"]

# The list's own label, alone on its line
_LABEL = re.compile(
    r"^(?:indholdsfortegnelse|dagsordenspunkter|dagsordenens\s+punkter|sagsliste)\s*:?$", re.I
)
# "åbent 3 Title", "1. Title ....... 3", "Pkt. 2 Title    4", "7." (the title below)
_ENTRY = re.compile(
    r"^(?:(?:åben|åbent|åbne|lukket|lukkede)\s+)?(?:(?:punkt|pkt\.?)\s*)?(\d{1,3})(?:[.)]|(?=\s)|$)"
    r"(?:\s+(?P<title>\S.*?))?(?:\s*(?:\.{3,}|…+|\t|\s{4,})\s*\d{1,3})?\s*$",
    re.I,
)
_PAGE = re.compile(r"^\d{1,3}$")
# "1. Title" and, on the next line of its own, its page number
_ENTRY_AND_PAGE = re.compile(
    r"^([ \t]*\d{1,3}\.[ \t]+\S[^\n]*?)[ \t]*\n(?:[ \t]*\n)*[ \t]*(\d{1,3})[ \t]*$", re.M
)
# A column head or a part's label inside the list: "Pkt. nr.", "Sag", "Sidetal", "Åbne punkter"
_LIST_LABEL = re.compile(
    r"^(?:pkt\.?\s*nr\.?|punkt|nr\.?|sag|sager|titel|side|sidetal|"
    r"(?:åben|åbent|åbne|lukket|lukkede)(?:\s+(?:punkter|referat|dagsorden|sager))?)\s*:?$",
    re.I,
)


def fold_page_numbers(text: str) -> str:
    """The text with a contents list's page numbers, each on a line of its own below its
    entry ("1. Velkomst" / "3"), put back at their entries' ends after a tab, as a contents
    line stands ("1. Velkomst<tab>3"): the list is then read as contents, not as items."""
    label = next(
        (m for m in re.finditer(r"(?im)^[ \t]*(\S[^\n]*)$", text) if _LABEL.match(m[1])), None
    )
    if label is None:
        return text
    head, tail = text[: label.end()], text[label.end() :]
    folded = list(_ENTRY_AND_PAGE.finditer(tail))
    # two entries or more, each with its page, counting on from 1
    numbers = [int(re.match(r"\s*(\d+)", m[1])[1]) for m in folded]
    if len(folded) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return text
    return head + _ENTRY_AND_PAGE.sub(lambda m: f"{m[1]}\t{m[2]}", tail, count=len(folded))


def contents_list(lines: list[Line], end: int) -> dict[int, str]:
    """The items (number: title) of the contents list above line ``end`` (the body's first
    item), or {}: numbers rising, two items or more."""
    label = next((i for i in range(min(end, len(lines))) if _LABEL.match(lines[i].text)), None)
    if label is None:
        return {}
    # a contents line's page at its end ("… .......  3", a tab before it) goes
    texts = [
        re.sub(r"(?:\s*(?:\.{3,}|…+))?\s+\d{1,3}$", "", line.text.strip())
        if line.toc
        else line.text.strip()
        for line in lines[label + 1 : end]
        if line.text.strip()
    ]
    entries: dict[int, str] = {}
    k = 0
    while k < len(texts):
        text = texts[k]
        m = _ENTRY.match(text)
        if m is None or int(m.group(1)) <= max(entries, default=0):
            if _LIST_LABEL.match(text):
                k += 1
                continue
            if entries and text[:1].islower():  # "boligområde ved …": the title wrapped
                last = max(entries)
                entries[last] = f"{entries[last]} {text}"
                k += 1
                continue
            break
        number, title = int(m.group(1)), m["title"]
        if title is None:  # "7." / "Eventuelt" / "9": the number, the title, the page
            if k + 1 >= len(texts) or not texts[k + 1][:1].isalpha():
                break
            title, k = texts[k + 1], k + 1
        entries[number] = title.rstrip(" .")
        k += 1
        if k < len(texts) and _PAGE.match(texts[k]) and m["title"] is None:
            k += 1  # the page number on its own line
    return entries if len(entries) >= 2 else {}


def listed_left_out(listed: dict[int, str], found: list[tuple[int | None, str]]) -> list[int]:
    """The listed numbers the body's items (``found``: number and title) leave out, when the
    body's items are the list's: each at a listed number, most of them under its title."""
    if not listed or not found or any(n is None or n not in listed for n, _ in found):
        return []
    same = sum(1 for n, title in found if _same_title(listed[n], title))
    if same * 2 < len(found):
        return []
    numbers = {n for n, _ in found}
    return [n for n in sorted(listed) if n not in numbers]


def _same_title(listed: str, title: str) -> bool:
    a, b = (re.sub(r"\W+", " ", t).strip().lower() for t in (listed, title))
    return bool(a and b) and (a.startswith(b) or b.startswith(a) or a[:25] == b[:25])


def with_left_out(lines: list[Line], end: int, items: list[ItemBuilder]) -> list[ItemBuilder]:
    """``items`` (numbered, in order) and, in their places, the items the contents list above
    line ``end`` names and the body leaves out, each with its listed title and no text."""
    listed = contents_list(lines, end)
    found = [(item.number, item.title) for item in items]
    if listed and not found:
        # the copy ends after the contents list ("1. Godkendelse af dagsorden …… 4"): its
        # entries are the agenda's items, without text
        return [ItemBuilder(n, listed[n]) for n in sorted(listed)]
    if not listed:  # "- Godkendelse af dagsorden" / "- Besøg" / … right above "1 : …"
        bullets = bullet_list_above(lines, end)
        listed = bullets if bullets_are_the_items(bullets, found) else {}
    left_out = listed_left_out(listed, found)
    if not left_out:
        return items
    return sorted([*items, *(ItemBuilder(n, listed[n]) for n in left_out)], key=lambda i: i.number)
