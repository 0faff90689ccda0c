"""A person's points under their name: "Birthe:" on a line of its own, then the points she
brought, each opening with its verb and no subject ("• Har haft samtale med alle ansatte",
"• Stikker en føler ud blandt forældrene, og følger op på …"). A task among them is hers: each
such point is read with her name as its subject, until a point that has a subject of its own
ends the run.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.people import NOT_NAMES, People
from tracker.minutes.proposals import DraftAction
from tracker.minutes.verbs import is_doing_verb

# "Birthe:", "Eva Holm:", "Lis H:": a name and a colon, nothing more
_SPEAKER = re.compile(
    r"(?P<who>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?(?:\s+[A-ZÆØÅ][a-zæøå]*)?)\s*:"
)
# a point that opens with a verb in the present or the perfect's "Har", no subject before it
_VERB_FIRST = re.compile(r"(Har|Er|[A-ZÆØÅ][a-zæøå]{2,}(?:er|år|ør))\s+([a-zæøå]+)")
_PRESENT = re.compile(r"[a-zæøå]{2,}(?:er|år|ør)$")


def speaker_of(text: str, people: People) -> str | None:
    """The person a line of only a name and a colon introduces ("Birthe:"), as the attendees
    know them; None for a topic ("Økonomi:") or any longer line."""
    m = _SPEAKER.fullmatch(text.strip())
    if not m or m["who"].split()[0].lower() in NOT_NAMES:
        return None
    who = m["who"]
    known = people.resolve(who)
    if known:
        return known
    if who.split()[0].lower() in people.by_first or len(who) > 12 or who.endswith(("en", "et")):
        return None  # one of several of that name, or a word such as "Økonomien"
    return who


def speaks_on(text: str) -> bool:
    """The point opens with its verb and no subject: the speaker above says or does it."""
    m = _VERB_FIRST.match(text.strip())
    if not m:
        return False
    # "Stikker en føler ud", not "Peter sender …": a name in "-er" has a verb after it
    return m[1] in ("Har", "Er") or is_doing_verb(m[1].lower()) or not _PRESENT.match(m[2])


def as_the_speaker_s(speaker: str | None, text: str) -> str:
    """The point with the speaker as its subject ("Indkalder forældrene …" under "Helga:" →
    "Helga indkalder forældrene …"); any other text as it is."""
    if not speaker or not speaks_on(text):
        return text
    text = text.strip()
    return f"{speaker} {text[:1].lower()}{text[1:]}"


def as_written(speaker: str | None, text: str, drafts: list[DraftAction]) -> None:
    """The drafts of a point read with its speaker (``as_the_speaker_s``) keep the point's own
    words as their source, as the review shows it."""
    read = as_the_speaker_s(speaker, text)
    if read == text:
        return
    for draft in drafts:
        if draft.source_text.startswith(read[: len(speaker) + 1]):
            draft.source_text = text.strip()[:1] + draft.source_text[len(speaker) + 2 :]
