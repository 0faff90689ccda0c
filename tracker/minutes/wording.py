"""Clauses of a decision put in the order the task rules read: the doer first.

Danish puts the verb second, so after a fronted phrase the subject follows the verb ("Ang.
nadversang tager kontaktpersonen kontakt til …", "På et af de første møder … udformes
regulativer"); a body endorses another's task ("MR tilslutter sig at kommunikationsudvalget
tydeliggør …"); a pronoun stands for the noun before it ("Listen …, denne bliver revideret");
a second passive shares the first clause's subject. Also the small shapes around a task: a
point's label ("c) Værdibokse:"), a doer in parentheses with a verb ("(Jørgen søger)"), and
"NAME arbejder videre med planlægning" naming the owner of the task above.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.owners import (
    LABELLED,
    OFFICERS,
    People,
    doers,
    is_body,
    named_doers,
    named_doers_doing,
)
from tracker.minutes.verbs import PASSIVE_VERBS, is_doing_verb

# "Regnskabet er under udarbejdelse af … og revideres snarest af …": a second, passive clause
# about the same subject.
_AND_PASSIVE = re.compile(r"\s+og\s+(?=(?:" + PASSIVE_VERBS + r")\b)", re.IGNORECASE)
# "c) Værdibokse: …": the point's label, what a bare "Kirstine bestiller" is about
LABEL = re.compile(
    r"^\s*(?:(?:[a-zæøå]|[ivx]{1,4})\)\s*)?(?!(?:Vi|Man|De|Det|Der|Jeg|Han|Hun)\b)([A-ZÆØÅ][^:.\n]{1,40}?)\s*:\s+"
    r"(?=[A-ZÆØÅ])"
)
# "Arne Henriksen: præsentationen sendes senest 1/11": a person's name before the colon owns it.
_OWNER_LABEL = re.compile(r"^\s*(?P<who>[A-ZÆØÅ][^:.\n]{1,50}?)\s*:\s+(?P<rest>\S.{9,})$", re.S)


def labelled_owner(sentence: str, people: People) -> tuple[list[str], str] | None:
    """(owners, the task's words) when the sentence opens with people's names and a colon: a
    person the attendees know, or a full name ("Arne Henriksen"); a topic ("Økonomi:") is none."""
    m = _OWNER_LABEL.match(sentence)
    if not m:
        return None
    who = m["who"]
    named = named_doers(who + " :", people)
    if not named or named[1] < len(who):
        return None
    owners = named[0]
    if not all(n in people.full or len(n.split()) >= 2 for n in owners):
        return None  # "Skolen:", "Kirkebladet:": one word nobody listed labels a topic
    return owners, m["rest"]


# "Kassereren, Ida Holm, opdaterer …", "Formanden (Kent) sender …", "Bestyrelsen (Lis)
# arbejder …": the role or body named, then the person holding it or doing it for the body;
# the person named owns the task (not whoever the list of attendees gives that role).
_APPOSITION = re.compile(
    r"^\s*(?P<label>[A-ZÆØÅ][\wæøå -]{1,30}:\s+)?"  # "Nøgleliste: Bestyrelsen (Lis) arbejder …"
    r"(?:(?i:" + OFFICERS + r")|[A-ZÆØÅ][a-zæøå-]{2,}(?:eren|personen|manden|lederen)"
    r"|Bestyrelsen|Udvalget|Rådet|Ledelsen|Sekretariatet|Forvaltningen|Administrationen)"
    r"\s*(?:,\s*(?P<a>[A-ZÆØÅ][^,()]{1,40}?)\s*,|\(\s*(?P<b>[A-ZÆØÅ][^()]{1,40}?)\s*\))\s+"
    r"(?=[a-zæøå]{2,}\b)"
)


# "Birgit, have 38, har …", "Ole (nr. 12) tager …": a member named with the garden or house.
_HOUSE_OF = re.compile(
    r"^(?P<name>[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)?)\s*(?:,\s*|\(\s*)"
    r"(?:have|hus|nr\.?|lejl\.?|lejlighed|bolig|parcel)\s*\d{1,4}[a-zA-Z]?\s*[,)]?\s+(?=[a-zæøå]{2,})"
)


def named_in_apposition(sentence: str, people: People) -> str:
    """ "Kassereren, Ida Holm, opdaterer hjemmesiden" → "Ida Holm opdaterer hjemmesiden": the
    person named beside a role is the doer; "Birgit, have 38, har …" → "Birgit har …". Any other
    sentence as it is."""
    house = _HOUSE_OF.match(sentence)
    if house:
        return house["name"] + " " + sentence[house.end() :]
    m = _APPOSITION.match(sentence)
    if not m:
        return sentence
    name = (m["a"] or m["b"]).strip()
    named = named_doers(name + " x", people)
    if (
        not named
        or named[1] < len(name)
        or not all(
            people.resolve(n) or len(n.split()) > 1 or re.fullmatch(r"[A-ZÆØÅ][a-zæøå]{2,}", n)
            for n in named[0]
        )
    ):
        return sentence  # "Formanden (S) …": a party, not a person
    return (m["label"] or "") + name + " " + sentence[m.end() :]


# "Morten melder sig. Han snakker med Ole om dette.": "Han"/"Hun" opening a sentence is the one
# person the sentence before opened with (or named in its label: "Aikido (Lis): Spørger om …
# Ingen ved det, men hun opfordres til at …").
HE_OR_SHE = re.compile(
    r"(?:Han|Hun|(?:men|og)\s+(?:han|hun))\s+(?=(?:også\s+|så\s+)?(?:[a-zæøå]{2,}r|bedes"
    r"|opfordres)\b)"
)
_LABEL_PERSON = re.compile(
    r"^\W*(?:[a-zæøå][.)]\s*)?[A-ZÆØÅ][\wæøå -]{1,30}\((?P<who>[A-ZÆØÅ][a-zæøå]+)\)\s*:"
)


def one_person_first(sentence: str, people: People) -> str | None:
    """The one person a sentence opens with, as its subject ("Trine informerer om …" →
    "Trine"); None when it opens with a body, several people or no name."""
    label = _LABEL_PERSON.match(sentence)
    if label:  # "Aikido (Lis): Spørger om …": the person of the label speaks
        return people.resolve(label["who"]) or label["who"]
    named = named_doers(LABELLED.sub("", sentence.strip()), people)
    if not named or len(named[0]) != 1:
        return None
    name = named[0][0]
    known = people.resolve(name)
    if known:
        return known
    if is_body(name) or not re.fullmatch(r"[A-ZÆØÅ][a-zæøåéü]+(?:\s+[A-ZÆØÅ][a-zæøåéü]+)?", name):
        return None  # "Skolen", "HMU": no "han" or "hun"
    return name


# "der bliver lavet et skilt (Mathias) til hoveddøren": an attendee's name in parentheses
# inside the clause names its owner ("Vivi (Ib) bestiller …" after the doer names a helper).
_NAMED_INSIDE = re.compile(
    r"(?<![\wæøåÆØÅ])[a-zæøå][\wæøå-]*(?P<at>\s+\((?P<who>[A-ZÆØÅ][\wæøå ,/&-]{1,40}?)\))"
    r"(?=\s+[a-zæøå])"
)


def owner_inside(fragment: str, people: People) -> tuple[list[str], str] | None:
    """(owners, the words without them) when the clause names attendees in parentheses inside
    it ("et skilt (Mathias) til hoveddøren"); None otherwise (a party "(B)", a note)."""
    for m in _NAMED_INSIDE.finditer(fragment):
        parts = [p for p in re.split(r"\s*(?:,|/|&|\bog\b)\s*", m["who"]) if p]
        names = [people.resolve(p) for p in parts]
        if names and all(names):
            return [n for n in names if n], fragment[: m.start("at")] + fragment[m.end("at") :]
    return None


PRONOUN_START = re.compile(r"(?:denne|dette|disse)(?=\s+(?:bliver|skal|vil|[a-zæøå]+es)\b)", re.I)
DOER_IN_PARENTHESES = re.compile(r"\(\s*[A-ZÆØÅ][^()]{0,40}?\s+([a-zæøå]{2,}er)\s*\)\s*\.?$")
# "Ulla arbejder videre med planlægning" right after the task it plans: that task's owner.
# "Lars er primus motor her", "Eva tager sig af det": the one who drives the task just told.
CARRIES_ON = re.compile(
    r"^(?P<who>.{2,60}?)\s+(?:(?:arbejder|går|tager)\s+videre(?:\s+med\s+(?:planlægningen"
    r"|planlægning|det|den|dette|sagen|opgaven|arrangementet))?"
    r"|(?:er|bliver)\s+primus\s+motor(?:\s+(?:her|på\s+det(?:te)?|i\s+det(?:te)?))?"
    r"|(?:står\s+for|tager\s+sig\s+af)\s+(?:det|dette|dét)|tager\s+(?:action|affære)"
    r"|påt(?:og|ager)\s+sig\s+(?:ansvaret|opgaven)(?:\s+for\s+(?:det|dette|denne)(?:\s+\w+)?)?)"
    r"\s*\.?$",
    re.IGNORECASE,
)


_POST = (
    r"(?:formand|næstformand|kasserer|sekretær|referent|præst|graver|kirkeværge|leder|skoleleder"
    r"|forstander|tovholder)(?:en)?"
)
_POSTS = re.compile(rf"(?i:{_POST})(?:\s*(?:,|og)\s*(?i:{_POST}))*")


def posts_named(who: str) -> list[str]:
    """ "Sekretær og præst" (tager action): the posts that take the task on, as owners."""
    if not _POSTS.fullmatch(who.strip()):
        return []
    return [p[:1].upper() + p[1:].lower() for p in re.split(r"\s*(?:,|\bog\b)\s*", who.strip())]


def same_subject_passive(clause: str) -> list[str]:
    """ "Regnskabet er under udarbejdelse af X og revideres snarest af Y" → the status, and
    "Regnskabet revideres snarest af Y" (its subject a definite noun)."""
    subject = re.match(r"([A-ZÆØÅ][a-zæøå]{2,}(?:et|en|ne))\s+(?:er|bliver|var)\s", clause)
    split = _AND_PASSIVE.search(clause)
    if not subject or not split:
        return [clause]
    return [clause[: split.start()], subject.group(1) + " " + clause[split.end() :]]


# Ordinary Danish word order puts the verb second: after a fronted "Ang. nadversang" or "På
# næste møde" the subject follows the verb ("Ang. nadversang tager kontaktpersonen kontakt til
# …"). Read as the doer first, the clause is a task like any other.
_FRONTED = re.compile(
    r"^(?P<adv>(?:ang\.|angående|vedr\.|vedrørende|mht\.|med\s+hensyn\s+til)\s+[^,.]{1,60}?"
    r"|(?:til|på|inden|før|efter)\s+(?:næste|kommende|førstkommende)\s+[\wæøå-]*møde"
    r"|herefter|derefter|efterfølgende|senere|snarest|fremover"
    # "I den forbindelse søger Mikkel og Kaj hjælpere", "D. 6/5 kl. 8 kommer Keld …"
    r"|i\s+(?:den|denne)\s+forbindelse|derfor|samtidig|desuden|derudover"
    r"|(?:d\.|den)\s*\d{1,2}\s*[./]\s*\d{1,2}\.?(?:\s+kl\.?\s*\d{1,2}(?:[.:]\d{2})?)?)\s*,?\s+"
    r"(?P<verb>[a-zæøå]{2,}r)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# "MR tilslutter sig at kommunikationsudvalget tydeliggør …": the task is the other one's.
_ENDORSES = re.compile(
    r"^.{1,60}?\b(?:tilslutter|tilsluttede)\s+sig\s*,?\s+at\s+(?P<rest>\S.+)$", re.I
)
# "LHN oplyste, at SEF udarbejder og fremsender brevet": what someone said another will do.
_TOLD_THAT = re.compile(
    r"^.{1,60}?\b(?:oplyste|oplyser|fortalte|fortæller|meddelte|meddeler|informerede|informerer"
    r"|sagde|nævnte)\s*,?\s+at\s+(?P<rest>\S.+)$",
    re.IGNORECASE,
)


def _does_next(rest: str, people: People) -> bool:
    """The words start with a doer and a verb of doing in the present or after "skal"/"vil"."""
    start = rest[:1].upper() + rest[1:]
    known = doers(people).match(start)
    if known and not re.match(r"(?:de|man)\b", start, re.I):
        return bool(
            re.match(r"\s+(?:skal\s+|vil\s+)?(?:" + _DOING_WORD + r")\b", start[known.end() :])
        )
    return named_doers_doing(start, people) is not None


_DOING_WORD = r"[a-zæøå]{3,}(?:er|e)"
_DEFINITE_DOER = re.compile(r"[a-zæøå]{4,}(?:en|et)\b")


# "På et af de første møder efter beboermødet udformes regulativer for …": a fronted phrase,
# then the passive and its subject.
_FRONTED_PASSIVE = re.compile(
    r"^(?P<adv>(?:på|i|til|inden|efter|før|ved|senest|hurtigst)\s+[^,.]{1,70}?)\s*,?\s+"
    r"(?P<verb>" + PASSIVE_VERBS + r")\s+(?P<rest>(?!af\b)[a-zæøå].+)$",
    re.IGNORECASE,
)


# "Udvalget i samarbejde med plejecentrene sikrer, at …": the doer, its partners, the verb.
_TOGETHER_WITH = re.compile(
    r"^(?P<doer>[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?)\s+(?P<with>(?:i\s+samarbejde|sammen"
    r"|i\s+samråd|i\s+dialog)\s+med\s+[^,.;]{2,60}?)\s+(?P<verb>[a-zæøå]{2,}r)\b(?P<rest>.*)$"
)


# "Med hensyn til parkering bliver der lavet et skilt …": a fronted phrase, then the impersonal
# passive ("bliver der", "skal der") with the verb before "der".
_FRONTED_THERE = re.compile(
    r"^(?P<adv>(?:ang\.|angående|vedr\.|vedrørende|mht\.|med\s+hensyn\s+til)\s+[^,.]{1,60}?)"
    r"\s*,?\s+(?P<aux>bliver|vil\s+blive|skal)\s+der\s+(?P<rest>[a-zæøå].+)$",
    re.IGNORECASE,
)


# "Med hensyn til kontrol af vandmålere vil arbejdet blive igangsat i løbet af året".
_FRONTED_BECOMING = re.compile(
    r"^(?P<adv>(?:ang\.|angående|vedr\.|vedrørende|mht\.|med\s+hensyn\s+til)\s+[^,.]{1,60}?)"
    r"\s*,?\s+(?P<aux>vil|skal)\s+(?P<subj>[a-zæøå]{3,}(?:et|en|ne))\s+blive\s+(?P<rest>[a-zæøå].+)$",
    re.IGNORECASE,
)


def in_doer_order(clause: str, people: People) -> str:
    """The clause with its doer first: "Ang. X tager kontaktpersonen kontakt til Y" →
    "kontaktpersonen tager kontakt til Y ang. X"; "MR tilslutter sig at udvalget tydeliggør …"
    → "udvalget tydeliggør …". Any other clause as it is."""
    becoming = _FRONTED_BECOMING.match(clause)
    if becoming:  # "Mht. X vil arbejdet blive igangsat" → "Arbejdet vil blive igangsat mht. X"
        adverbial = becoming["adv"][:1].lower() + becoming["adv"][1:]
        subject = becoming["subj"][:1].upper() + becoming["subj"][1:]
        return f"{subject} {becoming['aux'].lower()} blive {becoming['rest']} {adverbial}"
    there = _FRONTED_THERE.match(clause)
    if there:  # "Mht. X bliver der lavet et skilt" → "Der bliver lavet et skilt mht. X"
        adverbial = there["adv"][:1].lower() + there["adv"][1:]
        return f"Der {there['aux'].lower()} {there['rest']} {adverbial}"
    joint = _TOGETHER_WITH.match(clause)
    if joint and is_doing_verb(joint["verb"]):  # "Udvalget i samarbejde med X sikrer, at …"
        return f"{joint['doer']} {joint['verb']}{joint['rest']} {joint['with']}"
    told = _TOLD_THAT.match(clause)
    if told and _does_next(told["rest"], people):  # "LHN oplyste, at SEF udarbejder brevet"
        rest = told["rest"]
        return rest[:1].upper() + rest[1:]
    endorsed = _ENDORSES.match(clause)
    if endorsed:
        rest = endorsed["rest"]
        return rest[:1].upper() + rest[1:]
    passive = _FRONTED_PASSIVE.match(clause)
    if passive:
        rest, adverbial = passive["rest"], passive["adv"][:1].lower() + passive["adv"][1:]
        return f"{rest[:1].upper()}{rest[1:]} {passive['verb'].lower()} {adverbial}"
    m = _FRONTED.match(clause)
    if m and m["verb"].lower() == "kommer" and (visit := _COMES_AND_DOES.match(m["rest"])):
        # "D. 6/5 kommer Keld fra park og vej og gennemgår legepladsen": Keld gennemgår …
        doing = visit["verb"][:-1].capitalize()  # the visitor is no one of the forum's
        return f"{doing} {visit['rest']} ({visit['doer']}{visit['source'] or ''}) {m['adv']}"
    if not m or m["verb"].lower() in ("er", "var", "har", "bliver", "kan", "skal", "vil"):
        return clause
    rest = m["rest"]
    doer = doers(people).match(rest) or _DEFINITE_DOER.match(rest)
    if not doer:
        return clause
    subject, tail = rest[: doer.end()], rest[doer.end() :].strip()
    adverbial = m["adv"][:1].lower() + m["adv"][1:]
    if _CONNECTIVE.fullmatch(adverbial):
        adverbial = ""  # "I den forbindelse søger Bo …": it ties the sentences, says no more
    return f"{subject[:1].upper()}{subject[1:]} {m['verb']} {tail} {adverbial}".strip()


_CONNECTIVE = re.compile(r"i\s+(?:den|denne)\s+forbindelse|derfor|samtidig|desuden|derudover")
_COMES_AND_DOES = re.compile(
    r"^(?P<doer>[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)?)(?P<source>\s+fra\s+[^,.]{1,40}?)?"
    r"\s+og\s+(?P<verb>[a-zæøå]{3,}r)\s+(?P<rest>.+)$"
)


# "Formanden lovede i samarbejde med Claus at omorganisere …", "sekretæren blev pålagt at
# udarbejde …": the task is what was promised or asked for, done with the helper named.
_PROMISE = re.compile(
    r"^(?:[\wæøåÆØÅ.-]+\s+){1,4}?(?:lovede|lover|har\s+lovet|påtog\s+sig|påtager\s+sig"
    r"|(?:blev|er\s+blevet)\s+(?:pålagt|bedt\s+om)|tilbød|tilbyder|(?:er|bliver)\s+ansvarlige?\s+for"
    r"|(?:overtager|overtog|påtager\s+sig|påtog\s+sig)\s+opgaven\s+med|er\s+i\s+gang\s+med|er\s+ved)\s+"
    r"(?:(?P<with>(?:i\s+samarbejde|sammen)\s+med\s+[^,]{2,50}?)\s+)?at\s+(?P<rest>\S.+)$",
    re.IGNORECASE,
)


# "Lisbeth er ansvarlig for indkøb": what the person is in charge of is the task's title.
# "Marie står for drikkevarer", "Bo tager opgaven med uddeling af …": the same, said otherwise.
_IN_CHARGE_OF = re.compile(
    r"^(?:[\wæøåÆØÅ.-]+\s+){1,4}?(?:(?:er|bliver|blev)\s+(?:(?P<role>tovholdere?\s+(?:på|for))"
    r"|ansvarlige?\s+for)|står\s+for|har\s+(?:til\s?budt|påtaget)\s+sig(?:\s+opgaven)?\s+(?:til|med)"
    r"|(?:på|over)?tager\s+(?:sig\s+)?opgaven\s+(?:med|mht\.?"
    r"|vedr\.?|vedrørende|omkring))\s+(?!at\b)(?P<rest>\w.+)$",
    re.IGNORECASE,
)
# "… og Lars vil sørge for dét": the doer named after the task (the owner is read from the
# whole clause); the title is the task before it.
_SEES_TO_IT = re.compile(
    r",?\s+og\s+[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?\s+(?:vil\s+|skal\s+)?"
    r"(?:sørger|sørge|tager\s+sig\s+af|står\s+for)\s+(?:for\s+)?(?:det|dét|dette)\s*\.?$"
)
_LIST_MARK = re.compile(
    r"^\s*(?:(?:[A-Za-zÆØÅæøå]|[ivx]{1,4}|\d{1,2})\)|[•·▪◦●*]+|Ad\.?\s*\d+\s*[.:]?(?=\s))\s*"
)
_DECIDED_COMMA = re.compile(r"\b(besluttede|besluttet|vedtog|aftalte|lovede)\s*,\s+at\b", re.I)
# "Der blev vedtaget at nedsætte …": the words of the decision are the task
# "Vi er enige om at …", "Der er enighed om, at …", "… og man enes om at …" too
_IT_WAS_DECIDED = re.compile(
    r"^(?:(?:der|det)\s+(?:blev|er|var)\s+(?:\w+\s+)?(?:besluttet|aftalt|vedtaget|enighed\s+om)"
    r"|(?:der|det)\s+(?:besluttes|aftales|vedtages|forsøges)"
    # "… tog orienteringen til efterretning og besluttede at genbesøge …": the decision after
    r"|.{0,120}?\btil\s+efterretning\s+og\s+(?:besluttede|aftalte|vedtog)"
    r"|(?:[\wæøå]+\s+){1,3}?(?:er|var|blev)\s+enige?\s+om"
    r"|(?:[^.]{0,60}?\bog\s+)?(?:man|vi)\s+ene(?:de)?s\s+om"
    r"|[^.]{0,80}?\b(?:blev|var|er)\s+(?:man|vi|alle)\s+enige?\s+om)\s*,?\s+(?=at\s)",
    re.I,
)


# "Forvaltningen bedes undersøge …", "Bo opfordres til at kontakte …": the one asked does it;
# "Bo bemyndiges til at søge …": the one given the mandate too.
_ASKED_TO = re.compile(
    r"^(?:[\wæøåÆØÅ.-]+\s+){1,4}?(?:bedes\s+(?:om\s+at\s+|venligst\s+)?|(?:opfordres|bemyndiges)\s+til\s+at\s+)"
    r"(?P<rest>[a-zæøå]{2,}e\b.+)$"
)


# An obligation laid on the body by a report or an authority: what it must do is the task.
_IMPOSED = re.compile(
    r"^(?:[\wæøåÆØÅ.-]+\s+){1,8}?pålagde\s+(?:os|bestyrelsen|foreningen|skolen|rådet|udvalget)"
    r"\s+at\s+(?P<rest>\S.+)$"
)


# "… derfor er der givet accept til indkøb af en ny stige": a purchase or a repair approved is
# one to make.
GRANTED = re.compile(
    r"\b(?:givet|gav|giver|gives)\s+(?:accept|tilladelse|grønt\s+lys|tilsagn)\s+til\s+"
    r"(?P<what>(?:indkøb|køb|anskaffelse|bestilling|reparation|udskiftning)\s+af\s+\S.*)$",
    re.IGNORECASE,
)


def task_words(words: str) -> str:
    """The words a task's title is made of: without a list mark ("B) …", "• …"), the comma
    of "besluttede, at", "Der blev vedtaget", and a promise's doer ("Kassereren lovede at
    skaffe …" → "skaffe …", with the helper named after it)."""
    words = LABELLED.sub("", _LIST_MARK.sub("", words))  # "Lydanlæg:Carsten sætter …"
    words = re.sub(r"\b(om\s+at)\s*,\s+", r"\1 ", words)  # "enighed om at, alle …"
    words = _IT_WAS_DECIDED.sub("", _DECIDED_COMMA.sub(r"\1 at", words))
    words = re.sub(r"^Kontakt\s+til\s+", "Kontakte ", words)  # "Kontakt til DBU om …"
    words = _SEES_TO_IT.sub("", words)  # "Regnskabet skal på hjemmesiden og Lars vil sørge for dét"
    granted = GRANTED.search(words)  # "… er der givet accept til indkøb af en ny stige"
    words = granted["what"] if granted else words
    imposed = _IMPOSED.match(words)  # "Rapporten fra tilsynet pålagde os at få taget repareret"
    words = imposed["rest"] if imposed else words
    asked = _ASKED_TO.match(words)
    if asked:  # "Forvaltningen bedes undersøge …" → "undersøge …"
        return asked["rest"]
    m = _PROMISE.match(words)
    if not m:
        charge = _IN_CHARGE_OF.match(words)  # "Bo er ansvarlig for indkøb" → "indkøb"
        if charge and charge["role"] and " " not in charge["rest"].strip(" ."):
            return f"{charge['role']} {charge['rest']}"  # "Tovholder på sommerfesten"
        return charge["rest"] if charge else words
    return m["rest"] + (" " + m["with"] if m["with"] else "")


# "senest1/11", "inden15. maj": a deadline glued to its word
_GLUED_DEADLINE = re.compile(r"\b(senest|inden|frist|deadline)(?=\d)", re.I)


def unglue_deadlines(text: str) -> str:
    """ "senest1/11" → "senest 1/11": the deadline grammar reads words apart."""
    return _GLUED_DEADLINE.sub(r"\1 ", text)


# "Deadline 1/11", "Frist: 15. april": a deadline alone, for the task just before it.
# ("Frist: 1. april.": a date's dots)
LONE_DEADLINE = re.compile(r"^(?:deadline|frist|tidsfrist)\b\s*:?[^!?]{1,30}$", re.I)
# "Det hele bliver færdigt til årsmødet", "Alt skal være klar senest 1. maj": one deadline for
# the tasks just before it.
ALL_DONE = re.compile(
    r"^(?:det\s+hele|alt(?:sammen)?|alt\s+dette)\s+(?:bliver|skal\s+være|skal\s+gøres|er|gøres)"
    r"\s+(?:færdig[te]?|klar|på\s+plads)\s+\S",
    re.I,
)
# "Der aftales en deadline til 15. april om diverse aftaler": one deadline for the tasks after it.
SHARED_DEADLINE = re.compile(
    r"^(?:der\s+)?(?:aftales|aftaltes|fastsættes|sættes|blev\s+aftalt)\s+(?:en\s+)?(?:fælles\s+)?"
    r"(?:deadline|frist|tidsfrist)\b",
    re.I,
)
