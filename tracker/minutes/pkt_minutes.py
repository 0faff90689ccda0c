"""Minutes written after the agenda's number and a colon: "Pkt 1: Formanden orienterede …".

Under an agenda list ("1. Orientering", "2. Hjemmeside", …), a referat may give each item's
minutes as "Pkt 1: <sentences>", joining two items in one ("Pkt 2 & 5: …"). The words after
the colon are the minutes, not a title: the line is read as "Ad 1: …" is
(:mod:`tracker.minutes.ad_items`), its title the agenda list's, joined items under the first.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.heading import MINUTES_WORD, STRONG, Heading

# "Pkt 1: …", "Pkt. 3 & 4: …", "Punkt 2 og 5: …": the number(s), a colon, then the minutes
_PKT_MINUTES = re.compile(
    r"^(?:punkt|pkt\.?)\s*(?P<number>\d{1,3})(?:\s*(?:&|\+|,|og)\s*\d{1,3})*\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# A sentence, not a title: six words or more, ending in a full stop (a question is a title:
# "Punkt 7: Hvordan arbejder skolen med …?"), with a verb of minutes in it
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){5,}.*[^.\s]{2}\.$")
_PAST = re.compile(r"\b[a-zæøå]{3,}(?:ede|te)\b")  # "Formanden henviste til …", "Man drøftede"


def minutes_under_number(i: int, text: str) -> Heading | None:
    """ "Pkt 1: <a sentence …>" as an item's minutes referring back to the agenda list, or
    None (a title after the colon, "Punkt 1: Godkendelse af dagsorden", is a heading)."""
    m = _PKT_MINUTES.match(text)
    rest = m["rest"].strip() if m else ""
    if m is None or not _SENTENCE.match(rest):
        return None
    if not (MINUTES_WORD.search(rest) or _PAST.search(rest)):
        return None  # "Punkt 3: Godkendelse af referat fra sidste møde.": a title
    return Heading(i, int(m["number"]), "", STRONG, inline=rest, refers_back=True)


def all_refer_back(lines, accepted: dict[int, Heading]) -> None:
    """Once two "Pkt N: <minutes>" lines refer back to the agenda list, a later "Pkt N: …"
    line with a short text does too ("Pkt. 7: Under eventuelt intet."): the list keeps the
    title, the words are the minutes. Changes ``accepted`` in place."""
    back = sorted(
        i for i, h in accepted.items() if h.refers_back and _PKT_MINUTES.match(lines[i].text)
    )
    if len(back) < 2:
        return
    for i in sorted(accepted):
        heading = accepted[i]
        m = _PKT_MINUTES.match(lines[i].text)
        if i > back[0] and m and not heading.refers_back:
            rest = m["rest"].strip()
            accepted[i] = Heading(i, int(m["number"]), "", STRONG, inline=rest, refers_back=True)
