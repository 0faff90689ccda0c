"""What a referat says must happen, in the words of a view: "Det er væsentligt, at der bliver
rettet i …", "Det er vigtigt, at vi får lavet en plan" name the thing to get done. The clause
after "at" is then read as the decision's own (is it a task, who, when).

Pure module: stdlib only.
"""

from __future__ import annotations

import re

_NEEDED = re.compile(
    r"^(?:det\s+er|det\s+var)\s+(?:(?:meget|rigtig|helt)\s+)?(?:vigtigt|væsentligt|nødvendigt"
    r"|afgørende|påkrævet|magtpåliggende)\s*,?\s+at\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# What follows must be a thing to get done, not a state ("at børnene føler sig trygge"): a
# passive with "der" ("der bliver rettet", "der findes"), or "vi" with what we do.
_TO_GET_DONE = re.compile(r"(?:der\s+(?:bliver|skal|snarest|hurtigt)|vi\s)", re.IGNORECASE)


def what_is_needed(clause: str) -> str:
    """ "Det er væsentligt, at der bliver fundet en kasserer" → "der bliver fundet en
    kasserer"; any other clause as it is."""
    m = _NEEDED.match(clause.strip())
    if not m or not _TO_GET_DONE.match(m["rest"]):
        return clause
    return m["rest"][:1].upper() + m["rest"][1:]
