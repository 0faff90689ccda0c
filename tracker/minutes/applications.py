"""An application or a request put to the meeting by another body is the case the meeting
handles, not a task of its own: "Vestby MR sender ansøgning om nyt tag på kirken", "Nordby
Menighedsråd sender revideret aftale til godkendelse af provstiudvalget", "Derfor søger de om
tilladelse til …". The meeting's answer ("Godkendes og fremsendes til stiftet") is read apart.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

# Another body by its name: a place and the kind of body ("Vestby MR", "Nordby Menighedsråd",
# "Søndre Skole", "Boldklubben Frem" is left out: a club may be the forum's own).
_OTHER_BODY = re.compile(
    r"(?:[A-ZÆØÅ][\wæøå.-]+\s+){1,3}(?:MR|menighedsråd|Menighedsråd|sogn|Sogn|sogns\s+menighedsråd"
    r"|kirkegård|Kirkegård|skole|Skole|børnehave|Børnehave|lokalråd|Lokalråd)"
)
# "… søger om …", "… anmoder om …", "… sender (en) ansøgning om …", "… sender X til godkendelse".
_ASKS = re.compile(
    r"\s+(?:(?:også|nu|derfor|hermed)\s+)?(?:(?:an)?søger\s+om|anmoder\s+(?:om|provsti\w*)"
    r"|(?:fremsender|sender|indsender)\s+(?:(?:en|et|sin|deres)\s+)?(?:\w+\s+)?(?:ansøgning|anmodning)"
    r"|(?:fremsender|sender|indsender)\s+[^.]{3,80}?\btil\s+(?:godkendelse|vurdering|udtalelse))\b"
)
_THEY = re.compile(r"^(?:(?:derfor|nu|så|hermed)\s+)?(?:søger|ansøger|anmoder)\s+de\s+om\b", re.I)


def others_request(text: str) -> bool:
    """The clause is another body's application or request to the meeting (see above)."""
    text = text.strip()
    if _THEY.match(text) or re.match(r"(?i:de)\s+(?:søger|ansøger|anmoder)\s+om\b", text):
        return True  # "Derfor søger de om tilladelse til …": the applicant, just named
    body = _OTHER_BODY.match(text)
    return bool(body) and bool(_ASKS.match(text, body.end()))
