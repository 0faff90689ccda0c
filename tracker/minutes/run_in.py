"""A flattened PDF's head: a cover table's labels and values run together on one long line.

"1 REFERAT Deltagere … Dato Mandag den 7. december 2009 kl Sted Frandsensalen Dato:1.december
2009 Ref: …" gives the meeting's date (the first "Dato", with its weekday; the later one is
the day the minutes were written) and its place (after "Sted", up to the next label); "kl" and
nothing after it is no time. A field's value that runs into the next label ("Fraværende: A, B
Mødested: Salen") is cut there, the rest read as the field it is.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.meeting_date import DATE_WORDS

# Capitalised labels of a cover table, as they run together (no colon needed).
_LABEL = (
    r"(?:Møde)?[Dd]ato|(?:Møde|Slut)?tidspunkt|Tidspunkt|Tid|(?:Møde)?[Ss]ted|Mødelokale|Lokale"
    r"|Ref(?:erent)?|Referat|Side|Deltagere|Medlemmer|Fraværende|Afbud|Bemærkninger|Gæster"
    r"|Punkt|Sagsoversigt|Dagsorden|Indhold|Til\s+stede|Stedfortrædere?"
)
_NEXT_LABEL = re.compile(r"\s+(?:" + _LABEL + r")(?![\wæøå])\s*:?")
_FIELDS = {
    "date": re.compile(r"(?<![\wæøå])(?:Møde)?[Dd]ato\s*:?\s*(?=(?:[A-Za-zæøå]+dag|den|d\.|\d))"),
    "time": re.compile(r"(?<![\wæøå])(?:Mødetidspunkt|Tidspunkt|Tid)\s*:?\s*(?=(?:[Kk]l|\d))"),
    "location": re.compile(
        r"(?<![\wæøå])(?:(?:Møde)?[Ss]ted|Mødelokale|Lokale)\s*:?\s+(?=[A-ZÆØÅ0-9])"
    ),
    # "… Fraværende Alice Schneider, Lars Larsen Stedfortræder Medlemmer …": the absent's cell
    "absent": re.compile(r"(?<![\wæøå])(?:Fraværende|Afbud)\s*:?\s+(?=[A-ZÆØÅ])"),
}
LONG = 150  # a head line this long is a cover table run together


def run_in_fields(text: str) -> dict[str, str]:
    """The first date, time, place and absent a run-together head line gives after their
    labels."""
    found: dict[str, str] = {}
    for kind, label in _FIELDS.items():
        m = label.search(text)
        if not m:
            continue
        rest = text[m.end() :]
        if kind == "date":
            date = DATE_WORDS.match(rest)
            if date is None:
                continue
            after = re.match(r"\s*(?:kl\.?|klokken)\s*\d{1,2}(?:[:.]\d{2})?", rest[date.end() :])
            found[kind] = rest[: date.end() + (after.end() if after else 0)]
            continue
        if re.match(r"(?:" + _LABEL + r")\s*:", rest):
            continue  # "Mødested: Bemærkninger: …": the value is missing
        value = _NEXT_LABEL.split(rest, maxsplit=1)[0].strip(" ,.")
        if kind == "location" and not 2 <= len(value) <= 80:
            continue
        if value:
            found[kind] = value
    return found


# Another field's label inside a list of names: "A, B Mødested: Salen".
_INNER_FIELD = re.compile(r"\s+(?=(?-i:[A-ZÆØÅ])[\wæøå]+\s*:\s*\S)")


def split_inner_field(value: str) -> tuple[str, str]:
    """(the names, the rest from another field's label on) of a list of names."""
    parts = _INNER_FIELD.split(value, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (value, "")
