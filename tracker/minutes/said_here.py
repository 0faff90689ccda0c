"""What is said at the meeting, and so no task: a report told ("I Evas fravær fremlægger Bo
saldoen"), one's own view laid out ("Tim fremlægger sin frustration over …"), a matter talked
about ("Vi taler om hverdagens rytme"), an answer given ("Eva svarer, at …"). A reply to write
("Eva svarer på vegne af udvalget") and a talk with someone ("Bo taler med kommunen om …") are
tasks. Used by :mod:`tracker.minutes.clauses`.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.bodies import find_bodies
from tracker.minutes.owners import People

__all__ = ["answered_here", "told_at_the_meeting"]

# A verb of telling, then its subject (the verb second after a fronted phrase).
_TOLD_BY = re.compile(
    r"^(?:[\wæøåÆØÅ.,-]+\s+){1,6}?(?:fremlægger|orienterer|gennemgår|præsenterer|fortæller"
    r"|redegør|forelægger|informerer)\s+(?P<who>[A-ZÆØÅ][\wæøå-]+)\b"
)


def told_at_the_meeting(text: str, people: People) -> bool:
    """ "I Evas fravær fremlægger Bo saldoen": someone told the meeting something (a task only
    with a deadline or "på næste møde", the caller's to see)."""
    if _OWN_VIEW.match(text) or _TALKED_ABOUT.match(text):
        return True  # "Tim fremlægger sin frustration over …", "Vi taler om …": said here
    m = _TOLD_BY.match(text)
    return bool(m) and (people.resolve(m["who"]) is not None or not find_bodies(m["who"]))


# One who lays out their own view, wish or plan: "Tim fremlægger sin frustration over …".
_OWN_VIEW = re.compile(
    r"^(?:[\wæøåÆØÅ.,-]+\s+){1,4}?(?:fremlægger|fremlagde|fremfører|fremførte)\s+"
    r"(?:sin|sit|sine|hans|hendes|deres)\s"
)


# "Vi taler om hverdagens rytme som et muligt afsæt": talked about at the meeting ("Bo taler
# med kommunen om …" has someone to talk to: a task).
_TALKED_ABOUT = re.compile(
    r"^(?:[\wæøåÆØÅ.,-]+\s+){1,4}?(?:taler|snakker)\s+(?:også\s+|lidt\s+)?om\b(?![^.]*\bmed\b)"
    # "Det blev snakket en del om, hvor meget vi skal …": what was talked about
    r"|^det\s+blev\s+(?:snakket|talt|diskuteret)\s+(?:en\s+del\s+|lidt\s+|meget\s+)?om\b",
    re.IGNORECASE,
)


# "Eva svarer, at …", "Bo svarer på spørgsmålet": said at the meeting; "Eva svarer på vegne af
# udvalget", "… svarer på henvendelsen" write a reply.
_ANSWERS_HERE = re.compile(
    r"\bsvarer\s*(?:,|at\b|ja\b|nej\b|$"
    r"|på\b(?!\s+(?:vegne|\w+s\s+vegne|henvendelse|brev|mail|e-mail|høring|ansøgning|klage)))"
)


def answered_here(text: str) -> bool:
    """ "Eva svarer, at …": an answer given at the meeting, not a reply to write."""
    return bool(_ANSWERS_HERE.search(text))
