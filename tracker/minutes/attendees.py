"""One attendee of a meeting, and the rule that finds the same person named twice.

A referat may name one person in full in the attendee list and shorter where it says who was
away ("Morten Nedergaard Goeg" / "Afbud: Morten Goeg"): the same first and last name, one with
a middle name more, is the same person when no one else on the list shares them.

Pure module: stdlib only.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Attendee:
    name: str
    present: bool
    role: str | None = None  # "formand" when the list says "Jens Hansen (formand)"


def same_person(attendees: list[Attendee], name: str) -> Attendee | None:
    """The attendee ``name`` stands for: the same name, else the one listed with the same first
    and last name and a middle name more or less, when only one is."""
    key = name.casefold()
    exact = next((a for a in attendees if a.name.casefold() == key), None)
    words = key.split()
    if exact or len(words) < 2:
        return exact
    alike = [a for a in attendees if _short_of(a.name.casefold().split(), words)]
    return alike[0] if len(alike) == 1 else None


def _short_of(one: list[str], other: list[str]) -> bool:
    """The same first and last name, the shorter's middle names all in the longer in order
    ("Morten Goeg" / "Morten Nedergaard Goeg"; not "Morten Vestergaard Goeg")."""
    short, full = sorted((one, other), key=len)
    if len(short) < 2 or short[0] != full[0] or short[-1] != full[-1] or short == full:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in short[1:-1])


def mark_attendee(attendees: list[Attendee], name: str, present: bool) -> None:
    """Add a name, or mark one already listed absent when it is named absent (by the same
    name, or a short or full form of it); the fuller name is kept."""
    existing = same_person(attendees, name)
    if existing:
        existing.present = existing.present and present
        if len(name.split()) > len(existing.name.split()):
            existing.name = name
    else:
        attendees.append(Attendee(name, present))
