"""A comma a minute-taker writes after the speaker's name or initials, before the verb ("BF,
vil prøve at finde …", "JB og JK, vil tilrette …", "… hold, DO, vil også undersøge …",
"Tobias, opdaterer facebook."): the clause reads as "BF vil prøve at finde …", so the doer and
the task are found as without it.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.bodies import is_body
from tracker.minutes.owners import OFFICERS
from tracker.minutes.people import A_NAME, NOT_NAMES, People
from tracker.minutes.verbs import is_doing_verb

_MODALS = ("vil", "skal", "kan", "må", "bør")
# Names (or initials) opening the sentence or a clause after a comma, a comma, a small verb.
_SPEAKER = re.compile(
    rf"(?:^|(?<=,\s))(?P<names>{A_NAME}(?:\s*,\s*{A_NAME})*(?:\s+(?:og|&)\s+{A_NAME})?)"
    r"(?P<comma>\s*,)\s+(?=(?P<verb>[a-zæøå]{2,})\b)"
)


# Small words that end as a verb does: "KH og LB, der er nye, …", "Bo, hver anden gang".
_NOT_VERBS = frozenset(
    (
        "der", "hvor", "eller", "efter", "under", "over", "for", "hver", "andre", "mere", "senere",
        "flere", "nær", "dernæst", "næste", "sidste", "første", "bedste", "største", "fleste",
        "mindste",
    )
)  # fmt: skip


def _finite(verb: str) -> bool:
    """A modal, a present ("undersøger") or a past ("oplyste", "meddelte") of a verb."""
    return verb in _MODALS or verb.endswith(("r", "ede", "te")) and verb not in _NOT_VERBS


def _first_name(word: str) -> bool:
    """A word that may be a first name: not a small word, an officer ("Kassereren") or a body."""
    return (
        re.fullmatch(r"[A-ZÆØÅ][a-zæøå]{2,}", word) is not None
        and word.lower() not in NOT_NAMES
        and not re.fullmatch(OFFICERS, word, re.IGNORECASE)
        and not is_body(word)
    )


def _speakers(names: str, people: People, doing: bool) -> bool:
    """Every name is one the referat knows, or initials in capitals ("TJ", "BF"); before a
    verb of doing in the present, a first name nobody listed too ("Tobias, opdaterer …")."""
    parts = re.split(r"\s*,\s*|\s+(?:og|&)\s+", names)
    return all(
        people.resolve(p) or re.fullmatch(r"[A-ZÆØÅ]{2,4}", p) or doing and _first_name(p)
        for p in parts
    )


def without_speaker_comma(sentence: str, people: People) -> str:
    """The sentence with the comma between a speaker and the verb taken out; any other comma
    (a list of names and what follows, "Bo, der …") as it is."""
    cuts = [
        m.span("comma")
        for m in _SPEAKER.finditer(sentence)
        if _finite(m["verb"])
        and _speakers(m["names"], people, m["verb"].endswith("r") and is_doing_verb(m["verb"]))
    ]
    for start, end in reversed(cuts):
        sentence = sentence[:start] + sentence[end:]
    return sentence
