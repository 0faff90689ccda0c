"""Where a sentence of the minutes stands, for the drafts (tracker.minutes.drafts): the label
of the point it stands under, a sentence going on with the task before it, a passive line of
tasks, a numbered sub-point's heading whose day its tasks take, and the sentence before that
"dette" (or a lone passive's missing subject) stands for.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.letters import small_first
from tracker.minutes.notices import excerpt
from tracker.minutes.wording import LABEL

# "Affald: Problemer med … Tove tager opgaven.": a label run in after a sentence's end.
_RUN_IN_LABEL = re.compile(
    r"(?<=[.!?])\s+([A-ZÆØÅ][\wæøå/-]*(?:\s+[\wæøå/-]+){0,2})\s*:\s+(?=[A-ZÆØÅ])"
)


def nearest_label(text: str, sentence: str) -> str | None:
    """The label of the point a sentence stands under: the last one before it in the text."""
    at = text.find(sentence)
    before = text[: at if at > 0 else 0]
    labels = [m.group(1) for m in _RUN_IN_LABEL.finditer(before)]
    first = LABEL.match(text)
    return labels[-1] if labels else first.group(1) if first else None


# A sentence that opens with its verb, its subject left out: "Rundsender den til bestyrelsen."
GOES_ON = re.compile(r"^([A-ZÆØÅ][a-zæøå]{3,}er)\s+(?!(?:han|hun|vi|man|der)\b)")


# A verb in the passive, any verb: with an owner marked in parentheses, a line of tasks.
# (Not what the meeting does or what is: "godkendes", "drøftes", "findes", "forventes".)
PASSIVE_FORM = re.compile(
    r"^[^()]{2,60}?\b(?!(?:godkend|drøft|vedtag|beslutt|diskuter|find|syn|mød|ønsk|forvent|kend)es)"
    r"[a-zæøå]{2,}es(?:/[a-zæøå]{2,}es)?\b"
)
# A numbered sub-point's heading on a line of its own: "4.3 Arbejdsdag 8. september kl. 10".
SUB_POINT = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s+(?![^\n]*\.\s+[A-ZÆØÅ])[^\n]{2,80}(?<![.:])$")


# A sentence that opens with a pronoun or points back itself: the label or the item says more.
_POINTS_ON = re.compile(r"^(?:vi|det|den|de|han|hun|man|der)\b|\b(?:det|dette|den|dem)\b", re.I)


def told_before(title: str, last: str) -> str:
    """ "Porten har fået ny lås. Bo undersøger dette.", "Der er mulighed for at få en antenne.
    NH undersøger.": what "det"/"dette" at the end of a task's title, or a verb alone, stands
    for, the sentence before (``last``, empty when it was a task itself)."""
    if not last or not (" " not in title or re.search(r"\s(?:det|dette)$", title)):
        return ""
    if " " not in title and DONE.search(last):
        return ""  # "Breve fra kommunen blev læst op. KD besvarer.": the item says more
    if _POINTS_ON.search(_THERE_IS.sub("", last)):  # "Vi får det lavet på et bræt": no more
        return ""
    return excerpt(last.rstrip(" ."), 70)


# What was done ("blev læst op", "har modtaget", "havde allerede skrevet", "drøftede"): the
# step told, not the matter
DONE = re.compile(
    r"\b(?:blev|(?:har|havde)\s+(?:\w+\s+)?[a-zæøå]{3,}(?:et|t))\b|\b[a-zæøå]{3,}ede\b", re.I
)
# "Der er mulighed for …", "Der var ønske om …": "der" that points at nothing before it
_THERE_IS = re.compile(r"^der\s+(?:er|var)\s+", re.IGNORECASE)


# "Ønsker til budgettet blev efterlyst.": the thing the sentence says was done or is
_SUBJECT_TOLD = re.compile(
    r"^(?P<np>[A-ZÆØÅ][\wæøå-]+(?:\s+(?!blev\b|er\b|bliver\b)[\wæøå-]+){0,5}?)\s+"
    r"(?:blev|er|er\s+blevet|bliver)\s+(?:nu\s+|også\s+)?[a-zæøå]{3,}(?:et|t)\s*[.!]?$"
)


def subject_before(words: str, last: str) -> str:
    """ "Ønsker til budgettet blev efterlyst. Afleveres senest 15. april.": a passive without
    its subject (``words``) is about the subject of the sentence before (``last``)."""
    if not re.match(r"\s*[A-ZÆØÅa-zæøå]{3,}es\b", words) or not last:
        return ""
    m = _SUBJECT_TOLD.match(last.strip())
    if not m or re.match(r"(?:det|der|den|de|vi|man)\b", m["np"], re.I):
        return ""
    return small_first(m["np"])


# "Maja har muligvis en liste over gæste-medlemmer.": the thing one has or made
_THING_HAD = re.compile(
    r"\b(?:har|havde|fik|får|lavede|laver|skrev|skriver|kom\s+med|kommer\s+med)\s+"
    r"(?:(?:muligvis|allerede|nu|også)\s+)?"
    r"(?P<thing>(?:en|et)\s+[a-zæøå-]{3,}(?:\s+(?:over|med|til|om|fra|af)\s+[\wæøå-]{3,}"
    r"(?:\s+(?!i\b|på\b|til\b|og\b)[a-zæøå-]{4,})?)?)"
)


def thing_for_pronoun(title: str, last: str) -> str:
    """ "Sende den til Martin" after "Maja har muligvis en liste over gæste-medlemmer.": the
    thing the sentence before named for "den"/"det" ("Sende en liste over gæste-medlemmer til
    Martin"); the title as it is otherwise."""
    m = re.fullmatch(r"(\S+)\s+(?:den|det)\s+((?:til|på|ud|videre|rundt|ind)\b.*)", title)
    # "Arbejde videre med det" after "Ulrik kom med et forslag om halv kontingent.": its end
    end = None if m else re.fullmatch(r"(.+\s(?:med|på|om|for|af))\s+(?:den|det)", title)
    had = _THING_HAD.search(last) if (m or end) and last else None
    if had and end:
        return f"{end[1]} {had['thing']}"
    return f"{m[1]} {had['thing']} {m[2]}" if had else title
