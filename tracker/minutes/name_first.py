"""A person's name opening a clause, then what that person will do: a task of theirs.

clauses.is_task knows a named person's task by a list of verbs of doing ("Kirstine bestiller",
"Skolen skal udarbejde oplæg"). Minutes of small boards name the one who takes a job and then
use any verb: "Lars publicerer invitationen", "Birthe vil gennemgå emnerne på forældremødet",
"Tove skal booke hallen". After a person's name, the future ("vil"/"skal" and a verb) or the
present of a verb that is neither telling, being, wishing nor deciding at the meeting says
what the person does after it. Bodies and roles are left to the rules that know them ("Ledelsen
skal …" in a discussion is no one's task); so is the past ("Lars publicerede": done). A few
verbs are jobs only in their shapes (:func:`job_in_shape`): "Mette har the med", "Kristian
tager en af opgaverne", "Helle orienterer provstisekretæren", "Pia drøfter dette med Puk".

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re

from tracker.minutes.bodies import ROLES, find_bodies
from tracker.minutes.first_names import is_first_name
from tracker.minutes.letters import CAPITALS
from tracker.minutes.nontasks import AT_THE_MEETING
from tracker.minutes.owners import People, named_doers, named_doers_doing, only_names
from tracker.minutes.verbs import (
    NOT_TASK_VERBS,
    PARTICLE_STEMS,
    REPORTING_VERBS,
    infinitive,
    is_doing_verb,
    particle_verb,
    passes_on,
)

_ADVERB = (
    r"(?:også|nu|så|derfor|gerne|snarest|selv|straks|herefter|fremover|igen"
    r"|som\s+(?:vanligt|sædvanligt?|altid)|i\s+år)"
)
_FUTURE = re.compile(
    # "Bestyrelsen vil se på om …": looking into it, the one verb of two letters
    rf"\s+(?:{_ADVERB}\s+)?(?:vil|skal)\s+(?:{_ADVERB}\s+){{0,2}}([a-zæøå]{{3,}}|se(?=\s+på\b))\b"
)
_PRESENT = re.compile(rf"\s+(?:{_ADVERB}\s+)?([a-zæøå]{{2,}}(?:er|år|ør))\b")
# After "vil"/"skal": being, knowing, thinking, saying, leaving a post — no job to follow up
_NOT_DOING = frozenset(
    [
        "være",
        "have",
        "blive",
        "vide",
        "høre",
        "mene",
        "synes",
        "tro",
        "takke",
        "sige",
        "nævne",
        "understrege",
        "stoppe",
        "fratræde",
        "genopstille",
        "gerne",
        "ikke",
        "kunne",
        "ønske",
        "træde",
        "indtræde",
        "ankomme",
    ]
)


# Having or being something, then "og" and a verb of doing with the same subject
_HAS_AND_DOES = re.compile(
    r"\s+(?:har|havde|er|var|gennemgår|læser|ser\s+på|kigger\s+på)\s+(?:[^\s,.]+\s+){1,8}?og\s+"
    r"(?:så\s+|derefter\s+)?"
    r"(?P<verb>[a-zæøå]{3,}er)(?=\s+\S)"
)
# A post kept, no job: "fortsætter i bestyrelsen", "vil gerne fortsætte som webmaster"
_KEEPS_POST = re.compile(
    rf"\s+(?:(?:vil|skal)\s+(?:{_ADVERB}\s+)?)?(?:fortsætter|fortsætte|bliver|forbliver)\s+(?:i|som)\s"
)
_INITIALS = re.compile(r"[A-ZÆØÅ]{2}")  # "PH besvarer"; three ("DGI tilbyder …") may be a body
# A noun's genitive or definite form, not a name: "Ældrerådets", "Bestyrelsesmødet"
# ("Mogens", "Jens", "Clemens" end as a genitive does: a short word in "-ens" is a name)
_NOUN_FORM = re.compile(r"(?:ets|.{5,}ens|ernes|enes|et|ien|ingen|heden)$")


def _person(name: str, people: People) -> bool:
    """The name is a person's, not a body's, a role's or a noun's."""
    if people.resolve(name):
        return True
    if " " not in name and len(name) > 11:
        return False  # "Børnefodbold skal afvikle …": a compound noun; first names are short
    return not (name in ROLES or find_bodies(name) or _NOUN_FORM.search(name))


def known_person(name: str, people: People, initials: bool = True) -> bool:
    """A person's for sure: the list knows the name, it is initials ("PH"; unless not
    ``initials``) or a common first name ("Poul", first_names.py) nobody listed."""
    if people.resolve(name) or is_first_name(name):
        return True
    return initials and bool(_INITIALS.fullmatch(name))


def has_and_does(text: str, people: People) -> bool:
    """ "Bo har en idé til turen og kontakter klubben": a state, then the person's job; "Lene
    gennemgår referaterne og laver en sammenfatning": a reading, then the job."""
    named = named_doers(text, people, doing=True)
    if not named or any(not _person(name, people) for name in named[0]):
        return False
    then = _HAS_AND_DOES.match(text[named[1] :])
    return bool(then and is_doing_verb(then["verb"]))


def named_task(text: str, people: People) -> bool:
    """The clause opens with a person's name and says what the person will do after it."""
    return named_job(text, people) is not None


def named_job(text: str, people: People) -> tuple[list[str], str] | None:
    """The names a clause of a person's task opens with, and the task in the infinitive:
    "Lars publicerer invitationen" → (["Lars"], "publicere invitationen"). None where the
    rules of verbs of doing read it (owners.named_doers_doing)."""
    if named_doers_doing(text, people):
        return None
    named = named_doers(text, people, doing=True)
    if not named or any(not _person(name, people) for name in named[0]):
        return None
    rest = text[named[1] :]
    if _KEEPS_POST.match(rest):
        return None  # "Lars fortsætter i bestyrelsen", "… vil gerne fortsætte som kasserer"
    future = _FUTURE.match(rest)
    if future:
        verb = future.group(1)
        if verb in _NOT_DOING or not verb.endswith(("e", "å", "ø")):
            return None  # "Mette skal være …", "Bo skal inddrages", "… skal til godkendelse"
        wish = "gerne" in future.group().split()
        if wish and not all(known_person(n, people) for n in named[0]):
            return None  # "Capoeira vil gerne starte et hold": a wish of one the list doesn't know
        return named[0], verb + rest[future.end() :]
    then = _HAS_AND_DOES.match(rest)
    if then and is_doing_verb(then["verb"]):  # "Bo har en idé og kontakter klubben": Bo's job
        return named[0], infinitive(then["verb"]) + rest[then.end() :]
    # "kommer med en dato" brings it; "kommer med ud/i/til …" only comes along
    if brings := re.match(r"\s+kommer\s+med\s+(?!(?:i|til|ud|ind|på|op|hjem|som)\s)", rest):
        return named[0], "komme med " + rest[brings.end() :]  # "Bo kommer med en dato"
    present = _PRESENT.match(rest)
    # a plural noun also ends in "-er" ("Diverse regninger"): the present only after a name
    # the attendee list knows, initials or a common first name
    if not present or not all(known_person(n, people) for n in named[0]):
        return None
    verb = present.group(1)
    if not passes_on(verb, rest[present.end() :]) and (
        verb in NOT_TASK_VERBS + REPORTING_VERBS + AT_THE_MEETING or verb.endswith("træder")
    ):
        return None  # "AO træder ind i bestyrelsen": a seat taken, no job
    if verb[:-2] in PARTICLE_STEMS and not particle_verb(verb, rest[present.end() :]):
        return None  # "Svend deler sin bekymring": a view shared ("deler plakater ud" is a job)
    return named[0], infinitive(verb) + rest[present.end() :]


# A doer's verb that is a job for later only in these shapes: something to bring ("Mette har
# the med", "Karl har flag med og …"), a job taken ("Kristian tager en af opgaverne"), one
# outside the meeting to inform ("Helle orienterer provstisekretæren"; "… orienterer
# bestyrelsen om …" is told here), a matter to take up with someone ("Pia drøfter dette med
# Puk"), one to ask ("Henriette hører Invita til præmier"), a meeting or course elsewhere to
# attend ("Kurt og Knud deltager i budgetsamråd …"; "deltager i mødet" is this one's)
_LATER_VERBS = ("har", "tager", "orienterer", "informerer", "drøfter", "hører", "deltager")
_LATER_DOING = re.compile(
    r"\bhar\s+[^.,;]{2,40}?\s+med\s*(?:[.,;]|og\b|til\b|$)"
    r"|\btager\s+(?:en\s+af\s+)?opgave(?:n|rne)?\b"
    r"|\b(?:orienterer|informerer)\s+(?!(?:om|kort|bestyrelsen|rådet|udvalget|mødet|os|alle"
    r"|forsamlingen|medlemmerne)\b)[a-zæøå]+(?:en|et|erne|ne)\b"
    r"|\bdrøfter\s+(?:dette|det|sagen|emnet|spørgsmålet)\s+med\s+[" + CAPITALS + "]"
    # one to ask: "Henriette hører Invita til præmier" (not "Bo hører til i klubben")
    r"|\bhører\s+[" + CAPITALS + r"][\wæøå-]+\s+(?:til|om|ad|angående)\b"
    r"|\bdeltager\s+(?:i|på)\s+(?:[\wæøå'-]+\s+){0,3}?[\wæøå'-]*"
    r"(?:samråd|kursus|kurset|konference|seminar|temadag|netværksmøde|årsmøde|stormøde"
    r"|repræsentantskabsmøde|generalforsamling|workshop)\w*\b"
)


def job_in_shape(verb: str | None, text: str) -> bool:
    """The doer's verb is a job for later in one of the shapes above ("Mette har the med")."""
    return verb in _LATER_VERBS and _LATER_DOING.search(text) is not None


# "Niels til møde med kommunen …": a name, then where they go, the verb left out
_GOES_TO_MEETING = re.compile(r"^(?P<who>[^\W\d][\w .-]{1,60}?)\s+til\s+(?=(?:et\s+)?møde(?:t)?\b)")


def going_to_a_meeting(sentence: str, people: People) -> str:
    """ "Niels til møde med kommunen …" as "Niels skal til møde …": the person named (every word
    before "til" their name) goes to a meeting, a task; any other sentence as it is."""
    m = _GOES_TO_MEETING.match(sentence)
    if m is None:
        return sentence
    if only_names(m["who"], people) is None:
        return sentence
    return f"{m['who']} skal til {sentence[m.end() :]}"
