"""Titles a person would write for a task in the minutes: the infinitive, short, whole phrases.

"Udkastet sendes i høring" → "Sende udkastet i høring", "Torben samler temaerne" → "Samle
temaerne", cut at a clause or before a phrase, never mid-phrase.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.deadlines.words import MONTHS_ALTERNATION
from tracker.minutes.bodies import is_body
from tracker.minutes.letters import small_first
from tracker.minutes.owners import (
    OFFICERS,
    ROLE_DOER,
    People,
    doers,
    named_doers_doing,
)
from tracker.minutes.verbs import (
    PARTICIPLES,
    PASSIVE_VERBS,
    TASK_STEMS,
    infinitive,
    infinitive_of_participle,
    joins_nouns,
)

__all__ = ["PASSIVE_VERBS", "TASK_STEMS", "make_title"]

_PASSIVE_TITLE = re.compile(
    r"^(?P<subj>[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){0,4}?)\s+(?P<verb>"
    + PASSIVE_VERBS
    + r"|aftales|tages)"
    r"(?P<more>\s+og\s+" + PASSIVE_VERBS + r")?\b(?P<rest>.*)$"
)
_BECOMING = re.compile(
    r"^(?P<subj>[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå/-]+){0,6}?)\s+(?:bliver|vil\s+blive|skal\s+blive)\s+"
    r"(?:(?:derfor|nu|også|snarest|herefter|så)\s+)?(?P<done>" + PARTICIPLES + r")\b(?P<rest>.*)$"
)
_INVERTED_MODAL = re.compile(
    r"^(?:skal|vil|bør|må)\s+(?:vi|man)\s+(?:(?:også|nu|gerne|derfor|fortsat)\s+)?"
    r"(?:(?:påregne|regne\s+med|forvente)\s*,?\s+at\s+)?(?=[a-zæøå])",
    re.IGNORECASE,
)
_SECOND_VERB = re.compile(r"\b(og|samt)\s+(" + TASK_STEMS + r")e[rs]\b")
MAX_TITLE = 90
LEADING_FILLER = re.compile(
    r"^(?:(?:og|samt|herunder|at|men|endvidere|desuden|derudover|herefter)\s+)+", re.IGNORECASE
)
_ARTICLE = re.compile(r"^(?:en|et|ei|de|det|den)\s+(?=\S)", re.IGNORECASE)
# "Jens blot underskriver" after "besluttet at": an adverb may stand before the verb
PRESENT = r"\s+(?:(?:blot|selv|straks|snarest)\s+)?([a-zæøå]{2,}r)\b"
_DECIDED = (
    r"\s+(?:(?:har\s+)?besluttet|besluttede|beslutter|vedtog|aftalte|ønsker|ønskede|påtager\s+sig"
    r"|påtog\s+sig|lovede|lover|tilbyder|tilbød|planlægger)\s+at\s+"
)
_FILLER_AFTER_VERB = re.compile(
    r"^([A-ZÆØÅa-zæøå]{2,}[eå])\s+(?:nu|også|derfor|herefter|endvidere|desuden|dernæst)\s+(?=\w)"
)
_MODAL_AT_START = r"\s+(?:skal|bør|må|vil)\s+(?:(?:nu|også|fortsat|derfor|gerne|godt|straks)\s+)?"
_NOT_VERBS = ("efter", "under", "over", "hver", "der", "her", "eller", "fører", "for", "før", "når")
# "Der skal indkaldes til …", "Det skal rettes til …": no subject to keep, the verb comes first.
_THERE_MODAL = re.compile(
    r"^(?P<it>Der|Det|Den|Dette|Disse)\s+(?:(?:skal|bør|må|vil)\s+)?(?:(?:nu|også|derfor|fortsat"
    r"|gerne|straks|så)\s+)?(?:(?P<verb>[a-zæøå]{2,})es|(?P<vowel>[a-zæøå]+å)s)\b(?P<rest>.*)$"
)
_THERE_BECOMING = re.compile(
    r"^(?:Der|Det|De|Den|Disse)\s+(?:bliver|vil\s+blive|skal\s+blive)\s+(?:[a-zæøå]+vis\s+|nu\s+|også\s+)?"
    r"(?P<done>" + PARTICIPLES + r")\b(?P<rest>.*)$"
)
_SUBJECT_MODAL_PASSIVE = re.compile(
    r"^(?P<subj>[A-ZÆØÅ0-9][\wæøå-]*"
    r"(?:(?:,\s+(?!(?:om|at|der|hvis|når|fordi|så|men)\b)|\s+)[\wæøå.-]+){0,5}?)"
    r",?\s+(?:skal|bør|må)\s+(?:(?:nu|også|derfor"
    r"|fortsat|gerne|straks|nok)\s+)?(?P<verb>[a-zæøå]{3,}?)(?:es|(?<=å)s)\b(?P<rest>.*)$"
)  # "… skal gennemgås" (or "gennemgåes"): the verb's stem ends in its vowel; "Lagerbeholdning,
# brikker ure m.v., skal opgøres": a list of things


_MONTHS = r"\b(?:" + MONTHS_ALTERNATION + ")"


def _remove_deadline(text: str, words: str) -> str:
    index = text.find(words)
    if index < 0:
        return text
    head, tail = text[: max(0, index - 40)], text[max(0, index - 40) : index]
    before = head + re.sub(
        r"\s*\b(?:i|inden|senest|den|d\.|til|fra|per|pr\.|i\s+løbet\s+af|med\s+frist"
        r"|(?:forventes\s+)?færdig[te]?\s*:|deadline\s*:|frist\s*:)\s*$",  # "Frist: 1/5"
        "",
        tail,
        flags=re.IGNORECASE,
    )
    after = text[index + len(words) :].lstrip()
    if re.search(_MONTHS + r"$", words, re.IGNORECASE):
        after = re.sub(r"^måned\b", "", after)  # "i juni måned": the month's word goes with it
    return (before.rstrip() + " " + after.lstrip()).strip()


# Two meet to get a thing done: the thing done is the task.
_MEET_AND_GET = re.compile(
    r"^.{1,60}?\s+mødes\b.{0,80}?\s+og\s+får\s+(?P<done>[a-zæøå]{3,}t)\s+(?P<rest>.+)$"
)
_AND_DONE = re.compile(r"(\bog\s+)([a-zæøå]{3,}et)(?=\s)")


_HAVE_DONE = re.compile(
    r"^[Hh]ave\s+(?P<done>(?!meget\b)[a-zæøå]{3,}(?:et|dt|st|bt|lt|rt|gt))\s+(?=\S)"
)


_AND_PRESENT = re.compile(
    r"\b(og|samt)\s+([a-zæøå]{2,}e)r\s+"
    r"(?=(?:dem|det|den|de|disse|en|et|til|på|om|op|ud|ind|sammen|videre)\b)"
)


def make_title(fragment: str, people: People, deadlines: Iterable[str] = ()) -> str:
    """A short imperative-ish Danish title: "Samle temaerne ...", "Budgettemadag for ..."."""
    text = " ".join(fragment[:600].split())  # a title is short: no need to read more
    for words in list(deadlines)[:5]:
        text = _remove_deadline(text, words)
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = LEADING_FILLER.sub("", text).strip(" ,;:-–")
    # "Derudover vil vi undersøge …", "Derudover må vi påregne at taget skal repareres": the
    # adverb gone, the modal and its "vi" stand inverted before the task
    text = _INVERTED_MODAL.sub("", text)
    text = re.sub(
        r"^(?:(?:det\s+)?(?:blev|er)\s+)?(?:besluttet|aftalt)(?:\s+med\s+[^,]{1,40}?)?\s*,?\s+at\s+",
        "",
        text,
        flags=re.I,
    )
    text = text[:1].upper() + text[1:]  # "…, at ledelsen udarbejder" starts with its doer
    meet = _MEET_AND_GET.match(text)
    if (
        meet
    ):  # "Bo og Eva mødes … og får gennemgået X og tilrettet dem" → "Gennemgå X og tilrette dem"
        text = infinitive_of_participle(meet["done"]) + " " + meet["rest"]
        text = _AND_DONE.sub(lambda m: m[1] + infinitive_of_participle(m[2]), text)
    decided = doers(people, _DECIDED).match(text)
    modal = doers(people, _MODAL_AT_START).match(text)
    present = doers(people, PRESENT).match(text)
    if decided and text[decided.end() :]:
        text = text[decided.end() :]
        again = _passive_forms(text[:1].upper() + text[1:], people)  # "… at der skal laves …"
        text = again if again is not None else text
    elif modal and text[modal.end() :]:
        text = text[modal.end() :]
    elif present and present.group(1) not in _NOT_VERBS and not _THERE_BECOMING.match(text):
        text = infinitive(present.group(1)) + text[present.end() :]
        # "... og sender dem til ..." -> "... og sende dem til ...", "og hænger op" -> "hænge op"
        text = _AND_PRESENT.sub(
            lambda m: m[0] if joins_nouns(m[2] + "r", text[m.end() :]) else f"{m[1]} {m[2]} ",
            text,
        )
    elif named := _named_verb(text, people):
        text = named
    elif (role := ROLE_DOER.match(text)) and role["verb"] not in _NOT_VERBS:
        text = infinitive(role["verb"]) + text[role.end() :]  # "Kassereren tager kontakt …"
    elif (passive_title := _passive_forms(text, people)) is not None:
        text = passive_title
    else:
        text = _ARTICLE.sub("", text)
    # "Evaluere forsøget og fremlægger resultatet" → "… og fremlægge resultatet"
    text = _SECOND_VERB.sub(
        lambda m: m[0] if joins_nouns(m[0].split()[-1], text[m.end() :]) else f"{m[1]} {m[2]}e",
        text,
    )
    # "… at de bliver tilmeldt": the passive is what the task brings about, it stays
    if not re.search(r"\bat\s+(?:[\wæøå]+\s+){1,3}(?:blev|bliver|er\s+blevet)\s", text):
        text = re.sub(r"\s+(?:blev|bliver|er\s+blevet)\s+(?:\w+\s+)?\w+t\b", "", text)
    # "Undersøge ved TrygFonden og har fået mail fra Falck": what was done is no part of the task
    text = re.sub(
        r",?\s+og\s+(?:har|havde)\s+(?:(?:allerede|også|nu)\s+)?(?:fået|modtaget|haft|været|talt"
        r"|skrevet|sendt|ringet|kontaktet|snakket)\b.*$",
        "",
        text,
    )
    text = re.sub(r"\bmed fokus på\b", "om", text)
    # "Bo kontakter nu kommunen" → "Kontakte kommunen": the adverb of the sentence tells nothing
    # of the task (not "straks" or "snarest": how soon)
    text = _FILLER_AFTER_VERB.sub(r"\1 ", text)
    text = re.sub(r"\bvores\s+", "", text)
    # "Karl skal have tætnet døren" → "Tætne døren": what is to be done, not the having
    text = _HAVE_DONE.sub(lambda m: infinitive_of_participle(m["done"]) + " ", text)
    text = " ".join(text.split()).strip(" ,;:-–.")
    # "Lars og Lars, skal til møde med Vejen kommune": the going left out, the meeting is it
    text = re.sub(r"^til\s+(?=(?:et\s+)?møde(?:t)?\b)", "Deltage i ", text, flags=re.I)
    if len(text) > MAX_TITLE:
        text = _shorten(text)
    return text[:1].upper() + text[1:]


def same_as_topic(title: str, words: str, topic: str) -> str:
    """ "Samme bliver præsenteret på lærermødet" → "Præsentere <the item's topic> på …": the
    word "samme" as the subject stands for what the item is about."""
    if not re.match(r"samme\s", words.strip(), re.IGNORECASE):
        return title
    topic = small_first(topic)
    return re.sub(r"^(\S+) samme\b", lambda m: f"{m[1]} {topic}", title)


def _passive_forms(text: str, people: People | None = None) -> str | None:
    """The title of a passive task: "Der skal indkaldes til …" → "Indkalde til …", "Listen
    bliver revideret" → "Revidere listen", "Udkastet sendes i høring" → "Sende udkastet …"."""
    if there_becoming := _THERE_BECOMING.match(text):  # "Der bliver sat skabe op" → "Sætte …"
        text = infinitive_of_participle(there_becoming["done"]) + there_becoming["rest"]
    elif there := _THERE_MODAL.match(text):
        # "Det skal undersøges, hvem …": "det" stands for the clause that follows
        follows = re.match(
            r",?\s+(?:at|hvem|hvad|hvordan|hvor|hvilke|hvilken|hvornår|om)\b", there["rest"]
        )
        it = " det" if there["it"] == "Det" and not follows else ""
        verb = there["vowel"] or there["verb"] + "e"  # "Der skal sås græs": "så græs"
        text = f"{verb}{it}{there['rest']}"
    elif (subject_modal := _SUBJECT_MODAL_PASSIVE.match(text)) and not is_body(
        subject_modal["subj"]
    ):
        subject = subject_modal["subj"]
        subject = small_first(subject)
        verb, rest = subject_modal["verb"], subject_modal["rest"]
        verb = verb if verb.endswith("å") else verb + "e"
        if more := re.match(r"\s+og\s+([a-zæøå]{3,})es\b", rest):  # "… repareres og tjæres"
            verb, rest = f"{verb} og {more[1]}e", rest[more.end() :]
        text = f"{verb} {subject}{rest}"
    elif becoming := _BECOMING.match(text):  # "Listen bliver revideret" → "Revidere listen"
        # "Planen er revideret og vil blive lagt ud": what is done already is no part of the task
        subject = re.sub(
            r"\s+(?:er|blev|er\s+blevet)\s+[a-zæøå]{3,}(?:et|t)\s+og$", "", becoming["subj"]
        )
        if not (subject[1:2].isupper() or is_body(subject)):
            subject = subject[:1].lower() + subject[1:]
        verb = infinitive_of_participle(becoming["done"])
        text = (
            f"{verb} {subject}{becoming['rest']}"
            if subject.lower() != "det"
            else verb + becoming["rest"]
        )
    elif leading := re.match(r"^(" + PASSIVE_VERBS + r"|aftales)\b(.*)$", text, re.IGNORECASE):
        # "Sendes rundt" → "Sende rundt", "Aftales med Bo hvad …" → "Aftale med Bo hvad …"
        text = leading.group(1)[:-1].lower() + leading.group(2)
    elif passive := _PASSIVE_TITLE.match(_last_passive_clause(text)):
        # "Nordbanken foretrækkes og kontaktes": the passive of a view before the task's goes
        subject = re.sub(r"\s+[a-zæøå]{3,}es\s+og$", "", passive["subj"])
        named = re.fullmatch(r"[A-ZÆØÅ]\w+(?:\s+[A-ZÆØÅ]\w+)+", subject)  # "Danske Bank"
        # "Knud og Ib tilmeldes …": people keep their capitals
        named = named or (people is not None and any(at == 0 for at, _ in people.find(subject)))
        if not (subject[1:2].isupper() or is_body(subject) or named):
            subject = subject[:1].lower() + subject[1:]
        verbs = passive["verb"][:-1] + (
            re.sub(r"es$", "e", passive["more"]) if passive["more"] else ""
        )
        text = f"{verbs.lower()} {subject}{passive['rest']}"
    else:
        return None
    # the passive's agent at the end is the owner, not the task: "… af foreningens revisor, Erik
    # Lund", "… af Mette", "… af KvalitetsIT"; a body or an officer anywhere ("… af udvalget med
    # hjælp fra medlemmerne")
    text = _BODY_AGENT.sub("", text)
    return re.sub(
        r"\s+af\s+(?:[a-zæøå]+s\s+[a-zæøå]+,\s+)?[A-ZÆØÅ][a-zæøå]+(?:[A-ZÆØÅ]{2,4})?"
        r"(?:\s+[A-ZÆØÅ][a-zæøå]+)*$",
        "",
        text,
    )


_BODY_AGENT = re.compile(
    r"\s+af\s+(?:udvalget|bestyrelsen|rådet|forummet|" + OFFICERS + r")\b", re.I
)


def _last_passive_clause(text: str) -> str:
    """ "Ny bank ønskes, Nordbanken kontaktes": after a passive wish, the clause with its own
    subject is the task (the text as it is otherwise)."""
    m = re.match(r"^[^,]*\b[a-zæøå]{3,}es\b[^,]*,\s+(?P<last>[A-ZÆØÅ][^,]+)$", text)
    return m["last"] if m and _PASSIVE_TITLE.match(m["last"]) else text


def _named_verb(text: str, people: People) -> str | None:
    """ "Kirstine bestiller" → "bestille", "Eva H vil spørge …" → "spørge …": a name nobody
    listed as the doer."""
    named = named_doers_doing(text, people)
    if not named:
        return None
    rest = text[named[1] :]
    modal = re.match(_MODAL_AT_START, rest)
    if modal and rest[modal.end() :]:
        return rest[modal.end() :]
    decided = re.match(_DECIDED, rest)
    if decided and rest[decided.end() :]:
        return rest[decided.end() :]
    present = re.match(PRESENT, rest)
    if present and present.group(1) not in _NOT_VERBS and present.group(1) not in ("er", "har"):
        return infinitive(present.group(1)) + rest[present.end() :]
    return None


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
