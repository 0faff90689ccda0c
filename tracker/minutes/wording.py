"""The words of a task sentence as the task rules read them.

A pronoun stands for the noun before it ("Listen …, denne bliver revideret"); a second passive
shares the first clause's subject; a decision's or a promise's own words are the task
("besluttede, at …", "X lovede at …", "pålagde os at …"). Also the small shapes around a task:
a point's label ("c) Værdibokse:"), a doer in parentheses with a verb ("(Jørgen søger)"), and
"NAME arbejder videre med planlægning" naming the owner of the task above. The doer put first
in a clause with the verb second: tracker.minutes.word_order.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.bodies import is_body
from tracker.minutes.letters import CAPITALS
from tracker.minutes.owners import (
    BARE_POST,
    DECIDED_THAT,
    LABELLED,
    OFFICERS,
    People,
    named_doers,
    only_names,
)
from tracker.minutes.verbs import PASSIVE_VERBS

# "Regnskabet er under udarbejdelse af … og revideres snarest af …": a second, passive clause
# about the same subject.
_AND_PASSIVE = re.compile(r"\s+og\s+(?=(?:" + PASSIVE_VERBS + r")\b)", re.IGNORECASE)
# "c) Værdibokse: …": the point's label, what a bare "Kirstine bestiller" is about
LABEL = re.compile(
    r"^\s*(?:(?:[a-zæøå]|[ivx]{1,4})\)\s*)?(?!(?:Vi|Man|De|Det|Der|Jeg|Han|Hun)\b)([A-ZÆØÅ][^:.\n]{1,40}?)\s*:\s+"
    rf"(?=[{CAPITALS}])"  # "Inden mødet: Łukasz Nowak tjekker …": any capital, a name's too
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
    owners = only_names(who, people, after=" :")
    if owners is None:
        return None
    if not all(n in people.full or len(n.split()) >= 2 for n in owners):
        return None  # "Skolen:", "Kirkebladet:": one word nobody listed labels a topic
    if any(len(word) == 1 for n in owners if n not in people.full for word in n.split()):
        return None  # "Plan B: Lisbeth kontakter …": a letter is no surname, the label a topic
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


# "Bo Holm og graver Jette Mørk kontakter …", "Kasserer Ida Holm sender …": a post written
# before a name among the doers that open the sentence.
_NAME_WORDS = r"[A-ZÆØÅ][a-zæøå-]+(?:\s+[A-ZÆØÅ][a-zæøå-]+){0,2}"
_ONE_DOER = rf"(?:(?i:{BARE_POST})\s+)?{_NAME_WORDS}"
_POSTS_BEFORE_NAMES = re.compile(
    rf"^(?P<doers>{_ONE_DOER}(?:\s*(?:,|og)\s*{_ONE_DOER}){{0,3}})(?=\s+[a-zæøå]{{2,}}r\b)"
)
_POST_WORD = re.compile(rf"(?:^|(?<=\s))(?i:{BARE_POST})\s+(?=[A-ZÆØÅ])")


def named_in_apposition(sentence: str, people: People) -> str:
    """ "Kassereren, Ida Holm, opdaterer hjemmesiden" → "Ida Holm opdaterer hjemmesiden": the
    person named beside a role is the doer; "Birgit, have 38, har …" → "Birgit har …"; "Bo og
    graver Jette Mørk kontakter …" → "Bo og Jette Mørk kontakter …". Any other sentence as it
    is."""
    house = _HOUSE_OF.match(sentence)
    if house:
        return house["name"] + " " + sentence[house.end() :]
    posts = _POSTS_BEFORE_NAMES.match(sentence)
    if posts and _POST_WORD.search(posts["doers"]):
        return _POST_WORD.sub("", posts["doers"]) + sentence[posts.end() :]
    m = _APPOSITION.match(sentence)
    if not m:
        return sentence
    name = (m["a"] or m["b"]).strip()
    named = only_names(name, people)
    if named is None or not all(
        people.resolve(n) or len(n.split()) > 1 or re.fullmatch(r"[A-ZÆØÅ][a-zæøå]{2,}", n)
        for n in named
    ):
        return sentence  # "Formanden (S) …": a party, not a person
    return (m["label"] or "") + name + " " + sentence[m.end() :]


# "Morten melder sig. Han snakker med Ole om dette.": "Han"/"Hun" opening a sentence is the one
# person the sentence before opened with (or named in its label: "Aikido (Lis): Spørger om …
# Ingen ved det, men hun opfordres til at …"); after a comma, "Knud uddelte foldere, han
# sætter …", the one the sentence opened with.
HE_OR_SHE = re.compile(
    r"(?:[Hh]an|[Hh]un|(?:men|og)\s+(?:han|hun))\s+(?=(?:også\s+|så\s+)?(?:[a-zæøå]{2,}r|bedes"
    r"|opfordres|er\s+(?:[a-zæøå]+\s+)?(?:i\s+gang\s+med|ved)\s+at"
    # "han vil høre om …" is a step to take; "Hun vil gerne vide …" a question
    r"|(?:vil|skal)\s+(?:(?:gerne|også|godt)\s+)?(?!(?:vide|have|være|se|gerne)\b)[a-zæøå]{2,}e)\b)"
)
# "Bo undersøger prisen, og vender tilbage": a clause with no subject of its own after "og",
# its verb in the present; the one the sentence opened with does it too.
AND_DOES = re.compile(r"og\s+(?=([a-zæøå]{2,}(?:er|år|ør))\s+[a-zæøå])")
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
    if holds := _HOLDS_IT.search(fragment):  # "Gaven bliver en flagstang – Bo er tovholder"
        parts = [p for p in re.split(r"\s*(?:,|\bog\b)\s*", holds["who"]) if p]
        return [people.resolve(p) or p for p in parts], fragment[: holds.start()]
    return None


# "Gaven bliver en flagstang – Anne Sofie og Johan er tovholder her": the thing told, then who
# drives it after a dash
_NAME = r"[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)?"
_HOLDS_IT = re.compile(
    r"\s[–-]\s+(?P<who>" + _NAME + r"(?:\s*(?:,|og)\s*" + _NAME + r")*)\s+(?:er|bliver)\s+"
    r"(?:tovholdere?|ansvarlige?)(?:\s+(?:her|på\s+det(?:te)?))?\s*\.?$"
)


PRONOUN_START = re.compile(
    r"(?:denne|dette|disse)(?=\s+(?:bliver|skal|vil|[a-zæøå]+es)\b)"
    # "Løvet skader banen, så det skal samles op": the thing named first (not "det skal
    # undersøges, om …", where "det" stands for what follows)
    r"|det(?=\s+(?:skal|bør|må)\s+(?:[a-zæøå]+\s+)?[a-zæøå]{3,}e?s\b(?!.*\b(?:om|hvordan|hvorvidt|at)\b))",
    re.I,
)
DOER_IN_PARENTHESES = re.compile(r"\(\s*[A-ZÆØÅ][^()]{0,40}?\s+([a-zæøå]{2,}er)\s*\)\s*\.?$")
# "Ulla arbejder videre med planlægning" right after the task it plans: that task's owner.
# "Lars er primus motor her", "Eva tager sig af det": the one who drives the task just told.
CARRIES_ON = re.compile(
    r"^(?:og\s+)?(?P<who>.{2,60}?)\s+(?:(?:arbejder|går|tager)\s+videre(?:\s+med\s+(?:planlægningen"
    r"|planlægning|det|den|dette|sagen|opgaven|arrangementet))?"
    r"|(?:er|bliver)\s+primus\s+motor(?:\s+(?:her|på\s+det(?:te)?|i\s+det(?:te)?))?"
    # "Vi skal have tætnet væggen før vinter, og Ruth er på opgaven"
    r"|(?:er|bliver)\s+på\s+(?:opgaven|sagen)"
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


# "Formanden lovede i samarbejde med Claus at omorganisere …", "sekretæren blev pålagt at
# udarbejde …": the task is what was promised or asked for, done with the helper named.
_PROMISE = re.compile(
    r"^(?:[\wæøåÆØÅ.,-]+\s+){1,6}?(?:lovede|lover|har\s+lovet|påtog\s+sig|påtager\s+sig"
    # "Ida har tilbudt at sørge for kaffe …", "… har tilbudt sig til at lave …": hers
    r"|har\s+(?:tilbudt(?:\s+sig\s+til)?|påtaget\s+sig)"
    r"|(?:blev|er\s+blevet)\s+(?:pålagt|bedt\s+om)|tilbød|tilbyder|(?:er|bliver)\s+ansvarlige?\s+for"
    r"|(?:overtager|overtog|påtager\s+sig|påtog\s+sig)\s+opgaven\s+med|er\s+ved"
    r"|er\s+(?:(?:ligeledes|også|allerede|nu|stadig|fortsat)\s+)?i\s+gang\s+med)\s+"
    r"(?:(?P<with>(?:i\s+samarbejde|sammen)\s+med\s+[^,]{2,50}?)\s+)?at\s+(?!blive\b|være\b)(?P<rest>\S.+)$",
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
# "Strømforbruget blev registreret og afregnes": what was done goes, what is to be done stays
_DONE_AND_TO_DO = re.compile(
    r"^((?:[^:]{3,60}:\s+)?[A-ZÆØÅ][\wæøå-]+(?:\s+[a-zæøå-]+)?)\s+(?:blev|er)\s+[a-zæøå]+\s+og\s+"
    r"((?:skal\s+(?:bare\s+|blot\s+)?)?[a-zæøå]+es)\b"
)
_DECIDED_COMMA = re.compile(r"\b(besluttede|besluttet|vedtog|aftalte|lovede)\s*,\s+at\b", re.I)
# "Der blev vedtaget at nedsætte …": the words of the decision are the task
# "Vi er enige om at …", "Der er enighed om, at …", "… og man enes om at …" too
_IT_WAS_DECIDED = re.compile(
    r"^(?:(?:[A-ZÆØÅ][^–.:]{2,40}\s[–-]\s+)?(?:der|det)\s+(?:blev|er|var)\s+(?:\w+\s+)?(?:besluttet|aftalt|vedtaget|enighed\s+om)"
    r"|(?:der|det)\s+(?:besluttes|aftales|vedtages|forsøges)|enighed\s+om"
    # "Vedrørende det praktiske aftaltes at Jens udsender …": the past passive, a lead before
    r"|[^.]{0,60}?\b(?:aftaltes|besluttedes|vedtoges)"
    # "… tog orienteringen til efterretning og besluttede at genbesøge …": the decision after
    r"|.{0,120}?\btil\s+efterretning\s+og\s+(?:besluttede|aftalte|vedtog)"
    r"|(?:[\wæøå]+\s+){1,3}?(?:er|var|blev)\s+enige?\s+om"
    r"|(?:[^.]{0,60}?\bog\s+)?(?:man|vi)\s+ene(?:de)?s\s+om"
    r"|[^.]{0,80}?\b(?:blev|var|er)\s+(?:man|vi|alle)\s+enige?\s+om"
    r"|[^.]{0,80}?,\s*blev\s+det\s+(?:besluttet|vedtaget|aftalt)"
    # "Vi aftalte under økonomi, at Vagn tager …": the one named after "at" does it
    r"|(?:vi|[A-ZÆØÅ][\wæøå-]+)\s+" + DECIDED_THAT + r")\s*,?\s+(?=at\s)",
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
    r"\b(?:givet|gav|giver|gives)\s+(?:accept|tilladelse|grønt\s*lys|tilsagn)\s+til\s+"
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
    words = _DONE_AND_TO_DO.sub(r"\1 \2", words)  # "Forbruget blev målt og afregnes"
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
LONE_DEADLINE = re.compile(
    r"^(?:deadline|frist|tidsfrist)\b\s*:?[^!?]{1,30}$"
    # "Vi håber at kunne nå det inden årsskiftet": the day the task just told is hoped done by
    r"|^(?:vi|han|hun|de)\s+(?:håber|regner\s+med|forventer)\s+at\s+(?:kunne\s+)?"
    r"(?:nå|gøre|få\s+gjort|blive\s+færdige?\s+med)\s+det\s+(?:inden|senest|før)\s[^!?]{1,30}$",
    re.I,
)
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
