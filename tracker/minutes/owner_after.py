"""The owner named after the task, in a sentence of its own: "Listen skal opdateres. Det står
Astrid for.", "Vi skal opdatere siden. Det sørger Sally for.", "Beretningen sættes op på
hjemmesiden. FC laver den i uge 7.", "Forslaget rundsendes. Action Martin." The second
sentence has no task of its own: it names who does the one just told (and maybe by when), so
that task gets the owner and the deadline.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.minutes.next_step import folded_step
from tracker.minutes.owners import People, marked_owners, only_names
from tracker.minutes.task_deadlines import future_deadlines, give_deadline

# Names or initials, "og" or a comma between them: "Astrid", "Mette og Astrid", "FC".
_NAMES = r"[A-ZÆØÅ][\wæøåÆØÅ-]*(?:(?:,\s*|\s+og\s+|\s+)[A-ZÆØÅ][\wæøåÆØÅ-]*){0,3}"
# "Det står Astrid for", "Det sørger Sally for", "Det tager Bo sig af", "Det klarer Eva".
_IT_NAME = re.compile(
    r"^(?i:det|dette|den|denne|dem|de)\s+(?:står|sørger|tager|klarer|ordner)\s+"
    rf"(?P<who>{_NAMES})(?:\s+(?:sig\s+af|for|fat\s+i))?(?P<rest>(?:\s+[^!?]*?)?)[.!]?$"
)
# "FC laver den i uge 7", "Bo tager sig af det", "Eva står for det": the name, a verb, "it".
_NAME_IT = re.compile(
    rf"^(?P<who>{_NAMES})\s+(?:laver|ordner|klarer|skriver|sender|står\s+for|sørger\s+for"
    r"|tager\s+sig\s+af|tager|påtager\s+sig|udarbejder)\s+(?:den|det|dem|dette|denne|disse)\b"
    r"(?P<rest>[^!?]*?)[.!]?$"
)
# "Elo har lovet at tage aktion herpå", "Bo tager hånd om det": the one to see to it
_PROMISED = re.compile(
    rf"^(?P<who>{_NAMES})\s+(?:har\s+lovet\s+at\s+|vil\s+)?(?:tage|tager)\s+"
    r"(?:aktion|action|hånd)\s+(?:herpå|herom|(?:på|om)\s+(?:det|dette|den|denne))"
    r"(?P<rest>[^!?]*?)[.!]?$"
)

# "Mick og Bo vil arbejde på sagen", "Eva kigger videre på det", "KH følger op på opgaven",
# "Eva og Bo er sat på sagen med festen": the name goes on with the matter told, which is the
# task (the one just told, or the one the thing after "med" names).
_NAME_ON_IT = re.compile(
    rf"^(?P<who>{_NAMES})\s+(?:vil\s+|skal\s+)?(?:arbejde|arbejder|kigge|kigger|følge|følger"
    r"|(?:er|bliver)\s+sat)"
    r"\s+(?:videre\s+)?(?:op\s+)?(?:på|med)\s+(?:sagen|det|dette|den|denne|opgaven)\b"
    r"(?:\s+med\s+(?P<thing>[a-zæøå]{3,}))?(?P<rest>[^!?]*?)[.!]?$"
)


def adds_to_last(
    sentence: str, last: str, drafts: list, people: People, ref: date, meetings: tuple = ()
) -> bool:
    """The sentence only adds to the task of the sentence before: its owner and day (below) or
    its next step (next_step.py); True when it was added there."""
    return owner_after(sentence, last, drafts, people, ref, meetings) or folded_step(
        sentence, last, drafts, people
    )


def owner_after(
    sentence: str,
    last: str,
    drafts: list,
    people: People,
    ref: date,
    meetings: tuple = (),
) -> bool:
    """Give the draft of the sentence before (``last``) the owner this sentence names after it
    ("Det står Astrid for.") and its deadline ("FC laver den i uge 7.", found from ``ref``);
    True when it did."""
    if not drafts:
        return False
    text = sentence.strip()
    marker = marked_owners(text, people)
    if marker and marker[1] == 0 and last and _same(drafts[-1].source_text, last):
        drafts[-1].owner_names = list(marker[0])  # "… rundsendes. Action Martin.": his
        return True
    m = _IT_NAME.match(text) or _NAME_IT.match(text) or _NAME_ON_IT.match(text)
    m = m or _PROMISED.match(text)
    thing = m.groupdict().get("thing") if m else None
    adjacent = bool(last) and _same(drafts[-1].source_text, last)
    if not (_names_task(thing, drafts[-1]) if thing else adjacent):
        return False
    rest = m["rest"].strip() if m else ""
    found = future_deadlines(rest, ref, meetings) if rest else []
    if m is None or rest and not (found and len(rest.split()) <= 6):
        return False  # only a day may follow the owner: "i uge 7", "inden 1. maj"
    owners = only_names(m["who"], people)
    if owners is None:
        return False  # "Det står klart for alle": no one named
    draft = drafts[-1]
    draft.owner_names = owners
    if found and draft.due_end is None:
        give_deadline(draft, found[0])
    return True


def _names_task(thing: str | None, draft) -> bool:
    """ "… med festen": the thing (its stem, without the article) is in the draft's title."""
    stem = re.sub(r"(?:erne|ene|en|et|ne)$", "", thing.lower()) if thing else ""
    return len(stem) >= 3 and re.search(r"\b" + re.escape(stem), draft.title.lower()) is not None


def _same(source: str, sentence: str) -> bool:
    a, b = " ".join(source.split()), " ".join(sentence.split())
    return bool(a) and bool(b) and (a.endswith(b) or b.endswith(a))
