"""A comma a minute-taker writes after the speaker's name or initials, before the verb ("BF,
vil prøve at finde …", "JB og JK, vil tilrette …", "… hold, DO, vil også undersøge …"): the
clause reads as "BF vil prøve at finde …", so the doer and the task are found as without it.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.people import A_NAME, People

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


def _speakers(names: str, people: People) -> bool:
    """Every name is one the referat knows, or initials in capitals ("TJ", "BF")."""
    parts = re.split(r"\s*,\s*|\s+(?:og|&)\s+", names)
    return all(people.resolve(p) or re.fullmatch(r"[A-ZÆØÅ]{2,4}", p) for p in parts)


def without_speaker_comma(sentence: str, people: People) -> str:
    """The sentence with the comma between a speaker and the verb taken out; any other comma
    (a list of names and what follows, "Bo, der …") as it is."""
    cuts = [
        m.span("comma")
        for m in _SPEAKER.finditer(sentence)
        if _finite(m["verb"]) and _speakers(m["names"], people)
    ]
    for start, end in reversed(cuts):
        sentence = sentence[:start] + sentence[end:]
    return sentence
