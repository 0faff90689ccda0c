"""The meeting's reply after an arrow: "Udvalget spørger, om de må købe et telt -> OK til at
indkøbe et billigt telt". The question is said at the meeting; an approving reply that names
what to do ("OK til at indkøbe …") is the task.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.verbs import is_doing_verb

_APPROVING_REPLY = re.compile(
    r"(?:->|→|=>)\s*(?:ok|o\.k\.|ja|fint|godkendt|accepteret)\b\s*[,.:!–-]?\s*"
    r"(?:(?:til|med)\s+(?:at\s+)?)?(?P<verb>[a-zæøå]+e)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


# The one who asked ("Festudvalget spørger, om …"): the reply lets them do it.
_ASKER = re.compile(r"^(?P<who>[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?)\s+spørger\b")


def approved_reply(text: str) -> tuple[str, list[str]] | None:
    """(the task, the asker) of an approving reply after an arrow ("Festudvalget spørger … ->
    OK til at indkøbe et telt": "indkøbe et telt", Festudvalget), or None."""
    m = _APPROVING_REPLY.search(text)
    if m is None or not is_doing_verb(m["verb"]):
        return None
    asker = _ASKER.match(text)
    return f"{m['verb'].lower()} {m['rest'].strip().rstrip('.')}", [asker["who"]] if asker else []
