"""A web page's list of the meeting's items as bullets right above the first written item
("Referat" / "- Godkendelse af dagsorden" / "- Virksomhedsbesøg" / … / "1 : Godkendelse af
dagsorden"): the agenda of a page that writes out only its first items (the rest cut off or
on pages of their own). The listed items the body leaves out stay with their listed titles,
as a contents list's do (tracker.minutes.contents).

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import Line

__all__ = ["bullet_list_above", "bullets_are_the_items"]

_BULLET = re.compile(r"^[-•*–]\s+(\S.{0,199})$")


def bullet_list_above(lines: list[Line], end: int) -> dict[int, str]:
    """The bullets (three or more, numbered 1, 2, … in order) standing right above line
    ``end`` (blank lines aside), or {}."""
    k = min(end, len(lines)) - 1
    while k >= 0 and not lines[k].text.strip():
        k -= 1
    titles: list[str] = []
    while k >= 0:
        text = lines[k].text.strip()
        m = _BULLET.match(text)
        if not text or m is None or lines[k].level:
            break
        titles.append(m.group(1).rstrip(" ."))
        k -= 1
    if len(titles) < 3:
        return {}
    return dict(enumerate(reversed(titles), 1))


def bullets_are_the_items(listed: dict[int, str], found: list[tuple[int | None, str]]) -> bool:
    """Every written item stands at its bullet's place under the bullet's title."""
    return bool(found) and all(
        n in listed and _same(listed[n], title) for n, title in found if n is not None
    )


def _same(listed: str, title: str) -> bool:
    a, b = (re.sub(r"\W+", " ", t).strip().lower() for t in (listed, title))
    return bool(a) and a == b
