"""Who a task in the minutes belongs to: people by full or first name, roles and bodies.

People are the attendees and everybody the system knows; bodies, units and roles are
bodies.py's (the fixed list, a unit as the sentence's subject, "Udvalget" as the forum).

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.bodies import (
    BODIES,
    ROLES,
    SELF,
    SELF_PATTERN,
    UNIT,
    UNIT_PATTERN,
    find_bodies,
    is_body,
    subject_body,
)
from tracker.minutes.passives import is_passive_word
from tracker.minutes.people import (
    A_NAME,
    NOT_NAMES,
    People,
    marked_owners,
    named_doers,
    note_roles,
    only_names,
)
from tracker.minutes.verbs import causative, is_doing_verb, particle_verb

__all__ = ["People", "marked_owners", "named_doers", "note_roles", "only_names"]

# "Gitte er (ligeledes) i gang med at undersøge …": at work on it
_AT_IT = re.compile(
    r"\s+(?:(?:ligeledes|også|allerede|nu|stadig|fortsat)\s+)?i\s+gang\s+med\s+at\s+(?!blive\b)\w"
)


def named_doers_doing(text: str, people: People) -> tuple[list[str], int] | None:
    """The names a sentence starts with when a verb of doing follows ("Kirstine bestiller",
    "Skolen skal udarbejde oplæg", "Formanden lovede at sende …"); the end of the names."""
    named = named_doers(text, people, doing=True)
    if not named:
        return None
    rest = text[named[1] :]
    m = re.match(
        r"\s+(?:(?:også|nu|så|derfor|herefter|gerne|blot|selv|straks|snarest)\s+)?([a-zæøå]{2,})\b",
        rest,
    )
    if not m:
        return None
    verb = m.group(1)
    if verb in ("skal", "vil", "bør", "må"):
        if named[0][0] in ROLES:
            return None  # "Ledelsen skal oversætte …" in a discussion is no one's task
        # "Trænerne vil forsøge at arbejde oplægget igennem": the verb after the try
        after = re.match(
            r"\s+(?:(?:nu|også|gerne|godt|straks)\s+)?(?:(?:forsøge|prøve)\s+at\s+)?([a-zæøå]{2,})\b",
            rest[m.end() :],
        )
        if after and particle_verb(after.group(1), rest[m.end() + after.end() :]):
            return named  # "Karsten vil gerne dele invitationer ud"
        return named if after and is_doing_verb(after.group(1)) else None
    if verb in ("er", "bliver") and re.match(
        r"\s+(?:ansvarlige?\s+for\b|tovholdere?(?:\s+(?:på|for)\b|\s*[.!]?$))", rest[m.end() :]
    ):
        # "Lisbeth er ansvarlig for indkøb", "Bo er tovholder på sommerfesten", "Bo er tovholder."
        return named
    if verb == "står" and re.match(r"\s+som\s+tovholdere?\b", rest[m.end() :]):
        return named  # "Inge og Per står som tovholdere for dagen"
    if verb == "har" and re.match(
        r"\s+(?:(?:til\s?budt|påtaget)\s+sig\b|tilbudt\s+at\s)", rest[m.end() :]
    ):
        # "Birgit har tilbudt sig til revidering af …", "Ida har tilbudt at …": a volunteer
        return named
    if verb == "er" and _AT_IT.match(rest[m.end() :]):
        return named  # "Gitte er i gang med at undersøge …": at work on it
    if verb == "fortsætter" and re.match(r"\s+arbejdet\s+(?:med|omkring|på)\b", rest[m.end() :]):
        return named  # "Alice fortsætter arbejdet med vedtægten": the work goes on, hers
    if verb == "mødes" and causative(rest[m.end() :]):
        return named  # "Bo og Eva mødes inden mødet og får gennemgået vedtægterne"
    if re.match(r"(?:står\s+for\s+(?!døren\b)|ser\s+på\s+(?!at\b))\w", verb + rest[m.end() :]):
        return named  # "Marie står for drikkevarer", "Bo ser på nyt anlæg" (not "står for døren")
    if verb in ("tager", "overtager") and re.match(r"\s+opgaven\b", rest[m.end() :]):
        return named  # "Tove tager opgaven mht. bestilling": she took it on
    if verb in ("drøfter", "taler", "snakker") and not any(map(is_body, named[0])):
        # "Lars K drøfter med Gissel om …": a person goes to talk it over (a body "drøfter" at
        # the meeting)
        # "Ulrich taler sammen med Ole om …" too
        return (
            named if re.match(r"\s+(?:sammen\s+)?med\s+(?!hinanden\b)", rest[m.end() :]) else None
        )
    if verb in ("tilbød", "tilbyder"):  # "DBU tilbyder et forløb" is an offer, not a promise
        return named if re.match(r"\s+(?:sig\s+)?(?:\w+\s+){0,6}?at\s", rest[m.end() :]) else None
    if verb in ("lovede", "lover", "påtog", "påtager"):
        return named
    talk = re.match(
        r"\s+(?:(?:et|en|sit|sin)\s+)?(?:\w+\s+)?(?:oplæg|foredrag|indlæg|tale|workshop|kursus"
        r"|møde\s+med)\b",
        rest[m.end() :],
    )
    if verb == "holder" and talk:
        return named  # "Mette holder et oplæg ved næste møde", "Bo holder møde med skolen"
    contact = re.match(r"\s+(?:(?:straks|snarest|også)\s+)?kontakt\b", rest[m.end() :])
    if verb == "bedes" and re.match(r"\s+(?:om\s+at\s+)?[a-zæøå]{2,}e\b", rest[m.end() :]):
        return named  # "Viceværten bedes undersøge …": the one asked
    if verb in ("opfordres", "bemyndiges") and re.match(r"\s+til\s+at\s", rest[m.end() :]):
        return named  # "Bo bemyndiges til at søge …": the one given the mandate
    see_to = re.match(r"\s+(?:sig\s+af|(?:\w+\s+)?besked|styr\s+på)\b", rest[m.end() :])
    brings = re.match(r"(?:\s+[\wæøå/-]+){1,4}\s+med\s*\.?$", rest[m.end() :])
    if verb in ("tager", "giver", "får") and see_to or verb == "tager" and brings:
        return named  # "Lone tager sig af kaffen", "Bo giver besked", "Lise tager kage med"
    if verb == "tager" and contact:
        return named  # "Trine tager kontakt til revisor"
    if verb == "finder" and re.match(r"\s+sted\b", rest[m.end() :]):
        return None  # "Julefrokosten finder sted …": it takes place, no one does it
    if particle_verb(verb, rest[m.end() :]):
        return named  # "Bo deler foldere ud", "Eva hænger opslag op"
    return named if is_doing_verb(verb) else None


PRONOUNS = ("vi", "man", "de")
_AGREED_WITH = re.compile(
    r"^(?:det\s+)?(?:er|blev)\s+aftalt\s+med\s+(?P<who>[^,]{2,40}?)\s*,?\s+at\s", re.I
)
# The decision verb and what it was decided under, before "at" and a doer named: "Vi aftalte
# under økonomi, at Vagn tager …", "Bestyrelsen besluttede, at Eva sender …".
DECIDED_THAT = (
    r"(?i:besluttede|besluttedes|beslutter|vedtog|aftalte|aftaltes|aftaler|ønsker|ønskede)"
    r"(?:\s+[^,.]{1,40}?)?(?=\s*,?\s+at\s+(?:(?-i:[A-ZÆØÅ])[\wæøå-]+|(?-i:[a-zæøå]{2,}(?:en|et)))"
    r"\s+(?:[a-zæøå]+\s+)?[a-zæøå]{2,}r\b)"
)
# The officers of a board or a council, one person each: "kassereren", "sekretæren".
OFFICERS = (
    r"formanden|forkvinden|næstformanden|kassereren|sekretæren|referenten|tovholderen"
    r"|ordstyreren"
)
# "Sekretæren blev pålagt at …", "Kassereren lovede …": the officer promised or was asked.
_OFFICER_PROMISED = re.compile(
    r"^(?P<role>(?i:" + OFFICERS + r"))\s+(?:lovede|lover|påtog|påtager|tilbød|blev|er\s+blevet)\b"
)
# A name nobody listed, asked, promising or at it: "Jens blev bedt om at give …", "Eva lovede
# at …", "Ulla er ved at undersøge …".
_NAMED_ASKED = re.compile(
    r"^(?P<who>[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+){0,2})\s+(?:(?:blev|er\s+blevet)\s+"
    r"(?:bedt\s+om|pålagt|opfordret\s+til)|lovede|påtog\s+sig|er\s+ved"
    r"|er\s+(?:(?:ligeledes|også|allerede|nu|stadig|fortsat)\s+)?i\s+gang\s+med)\s+at\s"
)
# A person named by the task they hold, then a verb: "Kontaktpersonen tager kontakt til …",
# "Kassereren sender …", "Tovholderen indkalder …" (agent nouns: "-eren", "-personen", "-manden").
# A post written without its article, alone or with others ("Sekretær og
# medarbejderrepræsentanter forbereder …", "Kasserer og sekretær sender …").
_BARE_POST = (
    r"(?:formand|næstformand|kasserer|sekretær|referent|tovholder|kirkeværge|præst|graver"
    r"|[a-zæøå-]*repræsentant(?:er|erne))"
)
BARE_POST = _BARE_POST  # wording.py: "og graver Jette Mørk kontakter …"
_ROLE_NOUN = r"[A-ZÆØÅ][a-zæøå-]{2,}(?:eren|personen|manden|sekretæren)"
ROLE_DOER = re.compile(
    r"^(?P<role>(?:"
    + _ROLE_NOUN
    + r"|(?i:"
    + _BARE_POST
    + r"))(?:\s*(?:,|og)\s*(?i:"
    + _BARE_POST
    + r"|"
    + OFFICERS
    + r"))*)\s+(?P<verb>[a-zæøå]{2,}r)\b"
)


def doers_pattern(people: People) -> str:
    """The doers a task sentence may start with: people, bodies, roles, units, "vi"."""
    cached = getattr(people, "_doers", None)
    if cached is None:
        names = [re.escape(n) for n in sorted(people.full, key=len, reverse=True)]
        names += [re.escape(n) for n in people.first_names()]
        names += [re.escape(b) for b in BODIES + ROLES] + ["(?i:" + "|".join(PRONOUNS) + ")"]
        names += ["(?i:" + OFFICERS + ")"]  # "Formanden og kassereren tager …"
        names += [UNIT_PATTERN, SELF_PATTERN]
        doer = r"(?:" + "|".join(names) + r")(?![\wæøå])"
        cached = people._doers = rf"^(?:{doer}(?:\s*(?:,|/|og|samt)\s*{doer})*)"
    return cached


def doers(people: People, suffix: str = "") -> re.Pattern:
    """The doers pattern with ``suffix``, compiled once per set of people."""
    compiled = people.__dict__.setdefault("_compiled", {})
    if suffix not in compiled:
        compiled[suffix] = re.compile(doers_pattern(people) + suffix)
    return compiled[suffix]


def owners_of(fragment: str, context: str, people: People, forum: str) -> list[str]:
    """Who a task belongs to: the names in a trailing parenthesis, else the doers the fragment
    starts with (a role given as the person who holds it), else a name after a passive's "af",
    else people named, else bodies named, else the forum when "vi" do it."""
    for text in (fragment, context):
        marked = marked_owners(text, people)
        if marked:
            return marked[0]
    start = LABELLED.sub("", fragment.strip())  # "iii) Lydanlæg:Carsten sætter …"
    start = re.sub(r"^(?:og|samt|at|men|herefter|derefter)\s+", "", start, flags=re.I)
    agreed = _AGREED_WITH.match(start)
    if agreed:  # "Det er aftalt med brugsuddeleren, at …": the one it was agreed with sees to it
        who = agreed["who"]
        return [people.resolve(who) or who[:1].upper() + who[1:]]
    start = re.sub(  # "Det blev besluttet, at …", "Aftalt at …"
        r"^(?:[^:.\n]{2,40}:\s*)?(?:(?:det\s+)?(?:blev|er)\s+)?(?:besluttet|aftalt)\s*,?\s+at\s+",
        "",
        start,
        flags=re.I,
    )
    # "Vi aftalte under økonomi, at Vagn tager …": the one named after "at" does it
    start = re.sub(r"^(?:vi|[A-ZÆØÅ][\wæøå-]+)\s+" + DECIDED_THAT + r"\s*,?\s+at\s+", "", start)
    start = start[:1].upper() + start[1:]
    named_start = named_doers_doing(start, people)
    prefix = doers(people).match(start)
    if prefix and is_passive_word((start[prefix.end() :].split() or [""])[0]):
        return []  # "Knud og Ib tilmeldes …", "Provstudvalget søges om …": done to them
    if named_start and (not prefix or named_start[1] > prefix.end()):
        return named_start[0]  # "Eva og Lasse beskriver …": Lasse is nobody the list knows
    if prefix and re.search(r"\s(?:og|samt)\s|,", prefix.group(0)):
        each = [_one_doer(part, people, forum) for part in _JOINED.split(prefix.group(0))]
        if all(each):  # "Formanden og kassereren": the chair and the treasurer
            return list(dict.fromkeys(each))
    if prefix:
        named = people.find(prefix.group(0)) + [
            (prefix.group(0).find(b), b) for b in find_bodies(prefix.group(0))
        ]
        if named:
            return [people.holder(n) or n for _, n in sorted(named, key=lambda x: x[0])]
        if re.match(r"vi\b", start, re.I) and forum:
            return [forum]
        body = subject_body(start, forum)
        if body:
            return [people.holder(body) or body]
    if named_start:
        return named_start[0]
    role = ROLE_DOER.match(start) or _OFFICER_PROMISED.match(start)
    if role:  # "Kontaktpersonen tager kontakt til …", "Kassereren sender …"
        each = [r[:1].upper() + r[1:] for r in _JOINED.split(role["role"]) if r]
        return list(dict.fromkeys(people.holder(r) or r for r in each))  # "Sekretær og …"
    asked = _NAMED_ASKED.match(start)
    if asked and asked["who"].split()[0].lower() not in NOT_NAMES:
        return [people.resolve(asked["who"]) or asked["who"]]  # "Jens blev bedt om at …"
    agent = re.search(
        # "… rundsendt til medlemmerne af Berit": a few words may stand between
        r"\b[a-zæøå]{3,}(?:es|et|t)(?:\s+(?:snarest|straks|senere|nu|også|hjem|ud|ind|op))?"
        r"(?:\s+(?:til|på|i|for)(?:\s+[a-zæøå-]+){1,3}?)?\s+af\s+"
        r"(?:[a-zæøå]+s\s+[a-zæøå]+,\s+)?("
        + A_NAME
        + r")",  # "… af foreningens revisor, Erik Lund"
        fragment,
    )
    if agent and agent.group(1).split()[0].lower() not in NOT_NAMES:
        return [people.resolve(agent.group(1)) or agent.group(1)]
    agent = _BODY_AGENT.search(fragment)
    if agent:  # "Standermasten rejses den 28/4 af udvalget", "… sendes ud af kassereren"
        who = agent.group(1).lower()
        if who in SELF:  # "af udvalget": the forum, by the one rule for "Udvalget" as a subject
            return [subject_body(who, forum)]
        return [people.holder(who.capitalize()) or who.capitalize()]
    inverted = re.search(
        r"\b(?:skal|vil|bør|må)\s+(udvalget|rådet|bestyrelsen|forummet|vi)\b", start, re.I
    )
    if inverted and not people.find(start):  # "…, vil rådet konstituere sig"
        body = subject_body(inverted.group(1), forum)
        return [body] if body else [forum] if forum else []
    body = _genitive_body(start, forum)
    if body:  # "Rådets samlede svar skal afleveres til Bo": the council's own to deliver
        return [body]
    for text in (fragment, context):
        persons = [name for at, name in people.find(text) if not _received(text, at)]
        if persons:
            return persons
        bodies = find_bodies(text)
        if bodies:
            return bodies
        if re.search(r"^(?:at\s+)?vi\b|\bat\s+vi\b", text, re.I) and forum:
            return [forum]
    return []


# A passive done by a body or an officer of the minutes, a day or a few words between:
# "Standermasten rejses den 28/4 af udvalget", "Listen sendes ud af kassereren".
_BODY_AGENT = re.compile(
    r"\b[a-zæøå]{3,}(?:es|et)\b(?:\s+(?!af\b)[\wæøå./-]+){0,4}?\s+af\s+("
    + "|".join(sorted(SELF))
    + "|"
    + OFFICERS
    + r")\b",
    re.I,
)


# "Seniorrådets konklusion skal afleveres …", "Bestyrelsens svar sendes …": a passive whose
# subject is a body's own thing.
_GENITIVE_SUBJECT = re.compile(
    r"^(?P<body>[A-ZÆØÅ][\wæøå-]{2,}?)s\s+(?:[a-zæøå-]+\s+){1,3}?"
    r"(?:(?:skal|bør|må|vil)\s+(?:(?:nu|også|snarest)\s+)?)?[a-zæøå]{3,}es\b"
)


def _genitive_body(start: str, forum: str) -> str | None:
    """The forum or the unit whose own thing the passive task's subject is."""
    m = _GENITIVE_SUBJECT.match(start)
    if not m:
        return None
    body = m["body"]
    if forum and body.lower() == forum.lower():
        return forum
    if body.lower() in SELF:
        return subject_body(body, forum)
    return body if UNIT.fullmatch(body) else None


# "Referatet sendes til Bo", "Send listen til Eva og …": the one a thing is sent to receives it;
# the sender (or the forum) does the sending ("Opgaven overdrages til Bo" gives Bo the task).
_RECIPIENT = re.compile(
    r"\b(?:(?:frem|over|videre|ud|til)?send\w*|e?-?mail\w*|skriv\w*|aflever\w*|indsend\w*)\s+"
    r"(?:[^.;:]{0,60}?\s)?"
    r"(?:til|for)\s+(?:[A-ZÆØÅ][\wæøå-]+\s+)?(?:og\s+|,\s*)?$",
    re.IGNORECASE,
)
# "… til Kirsten, der dernæst vil fremsende dem til forvaltningen": the recipient acts next.
_ACTS_NEXT = re.compile(r"^[\wæøå .-]{0,40}?,?\s+(?:der|som)\s")


# "Der skal følges op med Henrik", "Der aftales et møde med Eva", "Aftales med Eva hvad …": a
# passive with no doer, then the one it is done with, who is no owner of it.
_DONE_WITH = re.compile(
    r"(?:\b[a-zæøå]{3,}|(?:^|[.!?]\s+)[A-ZÆØÅ][a-zæøå]{2,})es\s+(?:op\s+)?(?:[\wæøå-]+\s+){0,3}?"
    r"med\s+$"
)


def _received(text: str, at: int) -> bool:
    """The person named at ``at`` is only the one something is sent to, or the one a passive
    task is done with."""
    if _DONE_WITH.search(text[max(0, at - 80) : at]):
        return True
    return bool(_RECIPIENT.search(text[:at])) and not _ACTS_NEXT.match(text[at:])


# "iii) Lydanlæg:Carsten sætter …", "rettelser: Punkt 13 tilføjelse: Formanden og kassereren
# tager …": the labels before a doer and a verb.
LABELLED = re.compile(
    r"^(?:(?:[a-zæøå]|[ivx]{1,4}|\d{1,2})\)\s*)?(?:[A-ZÆØÅa-zæøå][\wæøå./ -]{0,40}"
    r"(?:\s\([\wæøå ?,.-]{2,50}\))?:\s*){1,2}(?=[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+"
    r"|\s+og\s+[a-zæøå]{4,}en|\s+og\s+[A-ZÆØÅ](?:[a-zæøå]+|[A-ZÆØÅ]{1,2}))?\s+[a-zæøå]{2,}r\b"
    r"|(?:Det|Der)\s+(?:er|blev)\s+(?:besluttet|aftalt|vedtaget)\b)"
)
_JOINED = re.compile(r"\s*(?:,|\bog\b|\bsamt\b)\s*")


def _one_doer(word: str, people: People, forum: str) -> str | None:
    """The owner one doer of a joined list stands for: a person, an officer's holder, a body."""
    word = word.strip()
    if not word:
        return None
    person = people.resolve(word)
    if person:
        return person
    if word.lower() == "vi":
        return forum or None
    if word.lower() in SELF:
        return subject_body(word, forum)
    capital = word[:1].upper() + word[1:]
    if re.fullmatch(OFFICERS, word, re.IGNORECASE) or capital in ROLES:
        return people.holder(capital) or capital
    bodies = find_bodies(word)
    if bodies:
        return bodies[0]
    return word if UNIT.fullmatch(word) else None
