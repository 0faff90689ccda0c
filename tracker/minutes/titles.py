"""Titles a person would write for a task in the minutes: the infinitive, short, whole phrases.

"Udkastet sendes i høring" → "Sende udkastet i høring", "Torben samler temaerne" → "Samle
temaerne", cut at a clause or before a phrase, never mid-phrase.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.minutes.owners import People, doers, is_body

# Passive tasks: "Planen ajourføres", "Udkastet sendes i høring", "Borgermødet afholdes".
TASK_STEMS = (
    r"(?:send|udsend|udarbejd|ajourfør|fremlægg|forelægg|afhold|undersøg|evaluer|igangsætt"
    r"|iværksætt|opdater|revider|indkald|planlægg|beskriv|tilrett|præsenter|gennemfør|etabler"
    r"|nedsætt|justér|juster|afklar|kortlægg|udbetal|annoncer|formuler|behandl|genoptag)"
)
PASSIVE_VERBS = TASK_STEMS + "es"
_PASSIVE_TITLE = re.compile(
    r"^(?P<subj>[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){0,4}?)\s+(?P<verb>" + PASSIVE_VERBS + r")"
    r"(?P<more>\s+og\s+" + PASSIVE_VERBS + r")?\b(?P<rest>.*)$"
)
_SECOND_VERB = re.compile(r"\b(og|samt)\s+(" + TASK_STEMS + r")er\b")
MAX_TITLE = 90
LEADING_FILLER = re.compile(
    r"^(?:(?:og|samt|herunder|at|men|endvidere|desuden|derudover|herefter)\s+)+", re.IGNORECASE
)
_ARTICLE = re.compile(r"^(?:en|et|ei|de|det|den)\s+(?=\S)", re.IGNORECASE)
_IRREGULAR = {"gør": "gøre", "er": "være", "har": "have", "ser": "se", "vil": "ville"}
PRESENT = r"\s+([a-zæøå]{2,}r)\b"
_DECIDED = r"\s+(?:besluttede|beslutter|vedtog|aftalte|ønsker|ønskede|påtager\s+sig)\s+at\s+"
_MODAL_AT_START = r"\s+(?:skal|bør|må|vil)\s+(?:(?:nu|også|fortsat|derfor|gerne|straks)\s+)?"
_NOT_VERBS = ("efter", "under", "over", "hver", "der", "her", "eller", "fører")


def _remove_deadline(text: str, words: str) -> str:
    index = text.find(words)
    if index < 0:
        return text
    head, tail = text[: max(0, index - 40)], text[max(0, index - 40) : index]
    before = head + re.sub(
        r"\s*\b(?:i|inden|senest|den|d\.|til|fra|per|pr\.|i\s+løbet\s+af|med\s+frist)\s*$",
        "",
        tail,
        flags=re.IGNORECASE,
    )
    return (before.rstrip() + " " + text[index + len(words) :].lstrip()).strip()


def _infinitive(verb: str) -> str:
    lower = verb.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    return lower[:-1] if lower.endswith("r") else lower


def make_title(fragment: str, people: People, deadlines: Iterable[str] = ()) -> str:
    """A short imperative-ish Danish title: "Samle temaerne ...", "Budgettemadag for ..."."""
    text = " ".join(fragment[:600].split())  # a title is short: no need to read more
    for words in list(deadlines)[:5]:
        text = _remove_deadline(text, words)
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = LEADING_FILLER.sub("", text).strip(" ,;:-–")
    text = re.sub(
        r"^(?:det\s+)?(?:blev|er)\s+(?:besluttet|aftalt)\s*,?\s+at\s+", "", text, flags=re.I
    )
    text = text[:1].upper() + text[1:]  # "…, at ledelsen udarbejder" starts with its doer
    decided = doers(people, _DECIDED).match(text)
    modal = doers(people, _MODAL_AT_START).match(text)
    present = doers(people, PRESENT).match(text)
    if decided and text[decided.end() :]:
        text = text[decided.end() :]
    elif modal and text[modal.end() :]:
        text = text[modal.end() :]
    elif present and present.group(1) not in _NOT_VERBS:
        text = _infinitive(present.group(1)) + text[present.end() :]
        # "... og sender dem til ..." -> "... og sende dem til ..."
        text = re.sub(
            r"\b(og|samt)\s+([a-zæøå]{2,}e)r\s+(?=(?:dem|det|den|de|disse|en|et|til|på|om)\b)",
            r"\1 \2 ",
            text,
        )
    elif passive := _PASSIVE_TITLE.match(text):
        subject = passive["subj"]
        if not (subject[1:2].isupper() or is_body(subject)):
            subject = subject[:1].lower() + subject[1:]
        verbs = passive["verb"][:-1] + (
            re.sub(r"es$", "e", passive["more"]) if passive["more"] else ""
        )
        text = f"{verbs.lower()} {subject}{passive['rest']}"
    else:
        text = _ARTICLE.sub("", text)
    # "Evaluere forsøget og fremlægger resultatet" → "… og fremlægge resultatet"
    text = _SECOND_VERB.sub(r"\1 \2e", text)
    text = re.sub(r"\s+(?:blev|bliver|er\s+blevet)\s+(?:\w+\s+)?\w+t\b", "", text)
    text = re.sub(r"\bmed fokus på\b", "om", text)
    text = re.sub(r"\bvores\s+", "", text)
    text = " ".join(text.split()).strip(" ,;:-–.")
    if len(text) > MAX_TITLE:
        text = _shorten(text)
    return text[:1].upper() + text[1:]


# Where a clause ends: a comma, a dash, or before "med henblik på", "så", "for at", "idet", …
_CLAUSE_END = re.compile(
    r",\s|\s[-–]\s|\s(?=(?:med\s+henblik\s+på|således|så\s+(?:at|der|vi)|for\s+at|idet|herunder"
    r"|hvor|hvilket|der\s+skal|som\s+skal|og\s+dermed|bl\.a\.|fx|eksempelvis)\s)",
    re.IGNORECASE,
)
# Else before the last phrase that a preposition starts: "… af reformen | for alle fagområder".
_PHRASE_START = re.compile(
    r"\s(?=(?:for|i|af|på|til|med|om|hos|fra|efter|inden|under|over|mellem|ved|og)\s)"
)


def _shorten(text: str) -> str:
    """At most MAX_TITLE characters, cut at the last clause end, else at a word."""
    head = text[: MAX_TITLE + 1]
    for boundary in (_CLAUSE_END, _PHRASE_START):
        ends = [m.start() for m in boundary.finditer(head) if m.start() >= 30]
        if ends:
            return head[: ends[-1]].strip(" ,;:-–")
    cut = head.rsplit(" ", 1)[0]
    return re.sub(r"(?:\s+(?:og|samt|i|til|for|med|af|på|om|at|,))+$", "", cut).strip(" ,;:")
