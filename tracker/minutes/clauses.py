"""Which clauses of a decision are tasks, and the task a referral, a wish or a remark names.

A clause is a task when it asks for something to be done: a doer with a task verb ("Kirstine
bestiller", "Forvaltningen udarbejder"), a promise or a decision ("besluttede at", "lovede at"),
a passive ("Hjemmesiden ajourføres", "Det skal rettes til"), a wish for something delivered
("ønsker en evaluering … forelagt"), a future deadline. It is no task when it only reports what
happened ("har godkendt", "orienterede", "gennemgik"), states ("er den 8. januar", "kommer på
besøg"), approves ("Dagsorden godkendt", "besluttede at godkende …"), names the next meeting
("Næste møde: …") or signs ("Venlig hilsen …").

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import MONTHS_ALTERNATION, WEEKDAYS_ALTERNATION
from tracker.minutes.applications import others_request
from tracker.minutes.bodies import PERSON_ROLES, UNIT_PATTERN, find_bodies
from tracker.minutes.fields import names_other_event
from tracker.minutes.fronted_past import fronted_past
from tracker.minutes.name_first import has_and_does, job_in_shape, named_task
from tracker.minutes.needs import fixture
from tracker.minutes.nontasks import AT_THE_MEETING, others_on_a_day, post_named, settled
from tracker.minutes.owners import (
    DECIDED_THAT,
    LABELLED,
    People,
    doers,
    named_doers,
    named_doers_doing,
)
from tracker.minutes.passives import is_passive, passive_task
from tracker.minutes.proceedings import is_proceeding
from tracker.minutes.said_here import answered_here, told_at_the_meeting
from tracker.minutes.titles import LEADING_FILLER, PRESENT
from tracker.minutes.verbs import (
    NOT_TASK_VERBS,
    OPINION_VERBS,
    PARTICIPLES,
    PAST_IRREGULAR,
    REPORTING_VERBS,
    STATE,
    WE_SHALL,
    causative,
    is_doing_verb,
    is_past,
    must_appear,
    passes_on,
)
from tracker.minutes.wording import GRANTED

_UNIT_START = re.compile(UNIT_PATTERN)

# Not tasks: a status given, a question, a time, a referral without a purpose, a noting, an
# approval, a signature, the next meeting, a reference to an appendix.
_NOT_A_TASK = re.compile(
    r"\b(?:gav|giver|gives)\s+(?:en\s+)?(?:kort\s+)?(?:status|orientering)\b|\borienterede\b"
    r"|\bgennemgik\b|\?\s*$|\btil\s+efterretning\b(?!\s+og\s+(?:besluttede|aftalte|vedtog)\s+at\s)|\bblev\s+(?:godkendt|udsat)\b"
    # "Der er en generel holdning til at …", "Rådet stiller sig positiv overfor …": a stance
    r"|\bholdning(?:en)?\s+(?:til|om)\b"
    # "Til orientering forelægges regnskabet": what the case puts before the meeting
    r"|\btil\s+orientering\s+(?:forelægges|fremlægges|gives|fremsendes)\b"
    r"|\b(?:forelægges|fremlægges)\s+(?:hermed\s+)?til\s+orientering\b"
    r"|\bstill(?:er|ede)\s+sig\s+(?:\w+\s+)?(?:positiv|negativ|kritisk|afventende|åben|tøvende)"
    # "… 24. marts næste brugermøde.": the next meeting's day closing a sentence
    r"|\b\d{1,2}\.?\s*(?:/\s*\d{1,2}|[a-zæøå]{3,9}\.?)\s+(?:er\s+)?(?:næste|kommende)\s+"
    r"(?:[\wæøå-]+\s+)?[\wæøå-]*møde\s*\.?\s*$",
    re.IGNORECASE,
)
# The same at the clause's start (read with match: one place, not every one).
_NOT_A_TASK_START = re.compile(
    r"\s*(?:kl\.?\s*\d|(?:Tilbagesendes|Oversendes|Videresendes|Fremsendes|Sendes\s+tilbage)\b"
    r"|(?:Godkendt|Anbefales|Intet|Ingen)\b|(?:[A-ZÆØÅ][\wæøå/ -]{1,30}:\s*)?(?:Venter|Afventer)\b"
    r"|(?:med\s+)?venlig(?:st|e)?\s+hilsen\b|(?:mvh|vh|hilsen)\b|(?:ref(?:erent)?|sign)\b"
    r"|[A-ZÆØÅ]{1,4}\s*/\s*\d|hv(?:ad|ordan|em|orfor|ornår|ilke)\s+(?:vil|skal|kan|bør)\s+(?:vi|man)\b"
    r"|(?:næste|kommende|førstkommende)\s+(?:[\wæøå-]+\s+)?[\wæøå-]*møde"
    r"|(?:mødedato(?:er)?|mødeplan|mødekalender|[\wæøå-]*møde[rt]?)\s*:"
    r"|(?:se|jf\.?)\s+(?:bilag|vedlagte|referat|ovenfor|nedenfor)\b)",
    re.IGNORECASE,
)
# An approval and nothing else: "Dagsorden godkendt", "Indstillingen godkendt", "Begge godkendt",
# "Forslaget blev besluttet".
_APPROVED_ONLY = re.compile(
    r"^(?:[\wæøå-]+\s+){0,3}(?:godkendt|godkendes|vedtaget|vedtages|tiltrådt|tiltrædes|anbefalet"
    r"|anbefales|besluttet)(?:\s+(?:uden\s+bemærkninger|enstemmigt|som\s+\w+))?\s*\.?$",
    re.IGNORECASE,
)
# "HMU besluttede at godkende dagsordenen": a decision to approve is no task.
_DECIDED_TO_APPROVE = re.compile(
    r"\b(?:besluttede|beslutter|vedtog|(?:har|havde)\s+(?:\w+\s+)?besluttet)\s+at\s+"
    r"(?:godkende|tiltræde|anbefale|følge\s+indstillingen"
    r"|tage\s+.{0,80}?til\s+efterretning)\b(?!.*\bog\s+(?:at\s+)?[a-zæøå]+e\b)",
    re.IGNORECASE,
)
# What happened: "har godkendt", "er lovet", "har endnu ikke modtaget", "blev gennemgået".
_PERFECT = re.compile(
    r"^(?:(?!(?:når|hvis|fordi|inden|idet|mens|indtil)\s)[\wæøå.,&/-]+\s+){0,6}?(?:har|havde|er|var)\s+"
    r"(?:(?:nu|allerede|endnu|ikke|også|tidligere|blevet|netop|hermed|derfor|i\s+dag|fået)\s+){0,3}"
    r"(?!ansvaret\b|nødt\b)[a-zæøå]{3,}(?:et|t|ede)\b",
    re.IGNORECASE,
)
# Done, said with the participle alone: "Indkaldt til næste møde 14. maj", "Udvalgsliste opdateret";
# a coming or going told so: "Sidsel kommet 01.11. – Været med ved tilsyn"
_DONE = re.compile(
    r"^(?:(?!(?:bliver|blive|vil|skal|er|har|blev|får|få)\b)[\wæøå&-]+\s+){0,2}?"
    r"(?:" + PARTICIPLES + r"|kommet|startet|begyndt|tiltrådt|fratrådt|stoppet)\b"
    r"(?!.*\b(?:skal|vil|bør)\b)",
    re.I,
)
# A decision or promise reported in the perfect or past is a task: "har besluttet at …".
_DECIDED = re.compile(
    r"^(?:[\wæøå.,&/()-]+\s+){0,6}?(?:besluttede|besluttedes|besluttet|beslutter|besluttes|forsøges|aftalte|aftaltes|aftalt|aftaler"
    r"|vedtog|vedtaget|lovede|lovet|påtog\s+sig|påtager\s+sig|påtaget\s+sig|tilbød|tilbudt"
    r"|tilbyder|bad|beder"
    r"|opfordrede|opfordret|opfordres|pålagde|pålagt|(?:er|var|blev)\s+enige?|enige?\s+om|enighed"
    r"|anmodede|anmodet|bedt|enes\s+om|enedes\s+om)\b"
    r"[^.]*?\bat,?\s"
    # "Efter en drøftelse af de nye krav blev man enige om, at sende …": inverted, a longer lead
    r"|^(?:[\wæøå.,&/()-]+\s+){0,10}?(?:(?:blev|var|er)\s+(?:man|vi|alle)\s+enige?\s+om"
    r"|blev\s+det\s+(?:besluttet|vedtaget|aftalt))\s*,?\s+at\s",
    re.IGNORECASE,
)
# A volunteer: "har tilbudt sig til …" (also written apart, "til budt"), "har påtaget sig …".
_VOLUNTEERED = re.compile(r"\b(?:har|havde)\s+(?:til\s?budt|påtaget)\s+sig\b", re.I)
# Someone else's decision reported: "På Regionsældrerådsmødet blev det vedtaget, at …", "Det blev
# vedtaget, at der skulle ses på …".
_REPORTED = re.compile(
    r"^(?:på|i)\s+(?!næste|kommende)(?:\w+\s+){0,3}?[\wæøå-]*(?:møde[t]?|plan(?:en)?|aftale[n]?)\s"
    r"|\bskulle\b",
    re.IGNORECASE,
)
# A proposal, not a decision: "Vi foreslår, at …", "Center for … indstiller, at …" (and as
# often written: "forslår", "der forslåes").
_PROPOSED = re.compile(
    r"^(?:[\wæøå.,&/()-]+\s+){0,5}?(?:fore?slår|fore?slog|fore?slå(?:e)?s|indstiller|indstillede)\b",
    re.I,
)
# The heading of a proposal or an item, not a task: "Forslag om …", "BESLUTNINGSFORSLAG FRA V".
_HEADING = re.compile(
    r"^(?:(?:beslutnings)?forslag|(?:beslutnings\s?)?referat|indstilling|orientering|drøftelse|godkendelse|meddelelse)\s+"
    r"(?:om|til|af|vedr\.?|fra)\b",
    re.I,
)
_CAPITALS_HEADING = re.compile(r"^[A-ZÆØÅ]{2,}(?:\s+[A-ZÆØÅ]{2,})+\b")
# Simple past after the doer: "Ældrerådet drøftede …", "Christian Steffensen gennemgik …".
_LATER = re.compile(
    r"\b(?:senere|efterfølgende|snarest|hurtigst\s+muligt|til\s+næste|på\s+næste|fremover|næste\s+gang)\b",
    re.I,
)
SIGNAL = re.compile(
    r"\b(?:følges\s+op|følge\s+op|følger\s+op|arbejder\s+videre|arbejde\s+videre|arbejdes\s+videre"
    # "vil blive offentliggjort" (not "vil blive i bestyrelsen": stay)
    r"|vil\s+blive\s+(?:(?:nu|også|snarest|løbende|hurtigst\s+muligt)\s+)?[a-zæøå]{3,}(?:et|t)\b"
    r"|til\s+politisk\s+godkendelse|proces(?:sen)?\s+for|nye\s+initiativer"
    r"|(?:til\s+)?det\s+videre\s+arbejde|sigtspunkter|handleplan|udarbejde[rs]?|samler|indkalder"
    r"|planlægger|fremlægger|forelægge[rs]?|sørger\s+for|får\s+til\s+opgave|har\s+ansvar(?:et)?"
    r"|tager\s+(?:hurtigt?\s+|straks\s+|selv\s+)?initiativ|igangsætte[rs]?|afholder|vender\s+tilbage|melder\s+tilbage|sender"
    r"|koordinerer|besluttede\s+at|blev\s+besluttet|(?:blev|er)\s+aftalt|aftalte\s+at|følger\s+op"
    r"|kommer\s+med(?!\s+i\s)|fortsætter\s+arbejdet\s+(?:med|omkring|på)"
    r"|står\s+for(?!\s+døren)|tager\s+(?:det|dem|den|sagen|punktet)\s+op|(?:(?:er|bliver)\s+(?:\w+\s+){0,2}?|står\s+som\s+)tovholdere?"
    r"|arbejdes\s+(?:fortsat\s+|videre\s+|nu\s+|hurtigt?\s+)?(?:på|med)\s+at|tages\s+op|sættes\s+på"
    r"|(?:lovede|lover|påtog\s+sig|påtager\s+sig)\s+at|tager\s+kontakt|tages\s+kontakt"
    r"|(?:på|over)?tager\s+(?:sig\s+)?opgaven|(?:til\s?budt|påtaget)\s+sig\b"
    r"|(?:er|bliver)\s+(?:(?:ligeledes|også|allerede|nu|stadig|fortsat)\s+)?i\s+gang\s+med\s+at\s+"
    r"(?!blive\b)[a-zæøå]{3,}e\b"
    # "Ulla er ved at undersøge, om …" (not "Taget er ved at falde sammen": a doing verb)
    r"|er\s+ved\s+at\s+(?:undersøge|finde|lave|skaffe|kontakte|udarbejde|planlægge|indhente"
    r"|arrangere|forberede|ordne|afklare|samle|skrive|opdatere|revidere|færdiggøre|etablere"
    r"|gennemgå|tilrette|bestille|indkøbe|udsende)\b"
    # "Vi går videre med sagen", "Formanden tager budgettet op med administrationen"
    r"|(?:er|bliver)\s+ansvarlige?\s+for|går\s+videre\s+med|gå\s+videre\s+med|tager\s+(?:[\wæøå-]+\s+){1,6}?op\s+med)\b",
    re.IGNORECASE,
)
_NOMINAL = re.compile(
    r"\budestår\b|^\s*(?:Opfølgning|Næste\s+skridt)\s*:"
    # "Næste års generalforsamling, en snak med Mette": a talk to have, said without a verb
    r"|(?:^|,\s*)(?:en\s+)?snak\s+med\s+(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]*)?\s*\.?$",
    re.IGNORECASE,
)
# A modal verb: "skal", "bør", "må", "vil"
MODAL = re.compile(r"\b(?:skal|bør|må|vil)\b", re.IGNORECASE)
# "Opgave til holdene: Find et billede …": a label may go first.
_IMPERATIVE = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå ]{0,30}:\s+)?(?:Husk|Send|Udarbejd|Indkald|Afklar|Undersøg|Lav"
    r"|Sørg\s+for|Planlæg|Fremlæg|Tilføj|Opdatér|Opdater|Kontakt|Bestil|Indhent|Overvej|Book"
    # not a web page's "Skriv et svar" / "Skriv en kommentar" ("Hent som PDF", "Ring til os": links)
    # nor "Skriv vedr. kontaktforældre": a letter's name ("et skriv")
    r"|Tjek|Find|Skriv(?!\s+(?:et\s+svar|en\s+kommentar|vedr\.|vedrørende|ang\.|angående))"
    r"|Spørg|Ryd)\b"
)
# "… input til at arbejde videre på": a signal inside a noun's complement asks nothing.
_COMPLEMENT = re.compile(
    r"\b(?:input|mulighed|behov|ønske|forslag|lyst|tid|plads|grundlag|lettere|svært|nemt)"
    r"\s+(?:\w+\s+){0,2}?(?:til|for|om)\s+(?:\w+\s+){0,2}?at\s"
    r"|\b(?:med\s+henblik\s+på|for)\s+at\s",
    re.IGNORECASE,
)
# A date or a time and nothing else: "23. maj 2016 kl. 10:00-12:00", a meeting of the list.
_WHEN_WORDS = re.compile(
    rf"\b(?:kl\.?|klokken|den|d\.|fra|til|og|{WEEKDAYS_ALTERNATION}|{MONTHS_ALTERNATION})\b"
    r"|[\d.:/–-]+",
    re.IGNORECASE,
)


def strip_lead(text: str) -> str:
    """The clause without its list marker, case number and leading fillers."""
    text = re.sub(
        r"^\s*(?:[A-Za-zÆØÅæøå]\)|[ivx]{1,4}\)|\d{1,2}\)|Ad\.?\s*\d+\s*[.:]?)\s*", "", text.strip()
    )
    text = LABELLED.sub("", text)  # "Lydanlæg:Carsten Helsted sætter …"
    text = re.sub(r"^[A-ZÆØÅ]{2,5}-\d{4}-\d{3,}\s+", "", text)  # "EMN-2025-007940 …"
    text = re.sub(r"^\((.+)\)\.?$", r"\1", text)  # "(Anne udtrådte af rådet i januar)."
    return LEADING_FILLER.sub("", text).strip()


def is_history(text: str, people: People, verb: str | None = "") -> bool:
    """The clause tells what happened or is: perfect or past tense, no decision or promise.

    ``verb`` is the word after the clause's doer when the caller has it already."""
    if _REPORTED.search(text):
        return True
    main = text  # the main clause: "Når det er afgjort, om …, vil rådet …" has it last
    if not re.match(r"(?:når|hvis|da|fordi|inden|efter\s+at|selvom|så\s+snart)\b", text, re.I):
        main = re.split(r",|\b(?:om|hvis|hvordan|hvorvidt|hvornår)\b", text, maxsplit=1)[0]
    if _DECIDED.search(text) or _VOLUNTEERED.search(text):
        return False  # "Birgit har tilbudt sig til revidering af vedtægterne": now hers to do
    if re.search(r"\b(?:skal|vil|bør)\b", main, re.I):
        return False  # "… spurgte ind til, om sagerne skal forelægges" is still a report
    if fronted_past(main):
        return True  # "I februar afholdte foreningen en arbejdsdag" (fronted_past.py)
    verb = _verb_after_doer(text, people) if verb == "" else verb
    # "Tonny samler de svar, han har fået": the perfect of a clause after a doer's present
    does_now = bool(verb) and verb.endswith("er") and is_doing_verb(verb.lower())
    # "Eva undersøger, om taget er utæt": the perfect of what she asks about (not "…, at mødet
    # er åbent")
    does_now = does_now and bool(_CLAUSE_PERFECT.search(text) or _WHETHER_PERFECT.search(text))
    # "Henrik sørger for at budgettet er udarbejdet", "Thor sender opdateret medlemsliste": the
    # doer's present of doing comes first; the participle after it is part of what is to do
    after = _participle_after(text, verb)
    if (
        _PERFECT.match(text)
        and not (does_now or after)
        or (_DONE.match(text) and not is_passive(text) and not after)
    ):
        return True  # not "Opdateret bilag eftersendes": the participle describes what is to do
    if _AND_NOW.search(text) and is_passive(text):
        return False  # "Forbruget blev målt og afregnes": what was done, then what is to be
    regular_te = verb and re.search(r"[^s]te$", verb) and verb.lower() not in PAST_IRREGULAR
    if regular_te and _RELATIVE_TASK.search(text):
        return False  # "Vi nedsatte et udvalg …, som tager det op efter sommerferien"
    return bool(verb) and is_past(verb)


def _participle_after(text: str, verb: str | None) -> bool:
    """The doer's verb is a present of doing, and no perfect or participle stands before it."""
    if not verb or not verb.endswith("er") or verb.lower() in REPORTING_VERBS:
        return False
    if not is_doing_verb(verb.lower()):
        return False
    at = re.search(r"\b" + re.escape(verb) + r"\b", text)
    if at is None or re.match(r",?\s*at\b", text[at.end() :]):
        return False  # "Kim præciserer, at mødet er åbent": what was said, not to do
    head = text[: at.end()]
    return not (_PERFECT.match(head) or _DONE.match(head))


_CLAUSE_PERFECT = re.compile(r"\b(?:han|hun|de|vi|man|som|der)\s+(?:har|havde)\s+\w", re.I)
_WHETHER_PERFECT = re.compile(
    r",?\s(?:om|hvorvidt|hvordan|hvorfor)\s+(?:[\wæøå-]+\s+){1,3}?(?:er|var|har|havde)\s", re.I
)
_AND_NOW = re.compile(r"\bog\s+(?:nu\s+)?[a-zæøå]{3,}es\s*[.!]?$")
_RELATIVE_TASK = re.compile(r"\b(?:som|der)\s+(?:skal\s+|vil\s+)?[a-zæøå]{2,}e?r\b")


def _verb_after_doer(text: str, people: People) -> str | None:
    """The word after the sentence's doer (a person, a body, "vi", a name), if there is one."""
    known = doers(people).match(text)
    end = known.end() if known else None
    if end is None:
        named = named_doers(text, people)
        end = named[1] if named else None
    if end is None:
        return None
    following = re.match(
        r"\s+(?:(?:også|nu|så|derfor|herefter|endvidere)\s+)?([a-zæøå]+)", text[end:]
    )
    return following.group(1) if following else None


# "Vi bidrager med 1000 kr.": a sum the body gives is a payment to make.
_GIVES_SUM = re.compile(r"^\w+\s+(?:bidrager|donerer|støtter)\s+med\s+[\d.,]+\s*(?:kr|kroner)\b")


# A wish that names who is to act: "Bestyrelsen ønsker at skolen tager kontakt …"
_WISHED = re.compile(
    r"^(?:vi|[A-ZÆØÅ][\wæøå-]+)\s+(?=(?i:ønsker|ønskede)\b)" + DECIDED_THAT + r"\s*,?\s+at\s+"
)


def is_task(text: str, people: People, has_deadline: bool) -> bool:
    """The clause asks for something to be done."""
    text = strip_lead(text)
    wish = _WISHED.match(text)
    if wish:  # "Bestyrelsen ønsker at klubben tegner en forsikring": what the unit is to do
        rest = text[wish.end() :]
        return is_task(rest[:1].upper() + rest[1:], people, has_deadline)
    if not text or _NOT_A_TASK_START.match(text) or _NOT_A_TASK.search(text):
        return False
    if names_other_event(text):  # "Dato for næste bestyrelsesmøde: 10/1 2022": its day
        return False
    if others_request(text):  # applications.py: "Vestby MR sender ansøgning om …"
        return False
    if fixture(text):  # needs.py: "Sommerfesten d. 3. juni kl. 18 – grill": an event, no task
        return False
    if has_and_does(text, people):  # name_first.py: "Bo har en idé og kontakter klubben"
        return True
    if re.match(r"(?:\S+\s+){0,3}(?:skal|vil|bør|må)\W*$", text, re.IGNORECASE):
        return False  # "Vi vil" before "herunder …": the modal lost its verb, no task in it
    if _APPROVED_ONLY.match(text) or settled(text) or is_proceeding(text):
        return False  # a standing rule, a decision not to, an idea, an election, a fixture,
        # the referat of the last meeting approved (proceedings.py)
    remind = re.match(r"husk\s+(?:på\s+)?([a-zæøå]+)", text, re.I)
    if remind and remind.group(1) != "at" and not is_doing_verb(remind.group(1)):
        return False  # "Husk årsmøde i Brugsen den 30. marts": an event to remember, no task
    # "Forslag om …" names a proposal, unless a passive makes it the subject of a task
    # ("Orientering fra X medtages som fast punkt")
    heading = _HEADING.match(text) and not is_passive(text)
    if heading or _CAPITALS_HEADING.match(text) or _PROPOSED.match(text):
        return False
    if _IMPERATIVE.match(text):
        return True  # "Tilføj fodnote …": the verb opens it, no doer to read a tense from
    if GRANTED.search(text):
        return True  # "Bestyrelsen gav grønt lys til reparation af taget": one to make
    if told_at_the_meeting(text, people) and not (has_deadline or _LATER.search(text)):
        return False  # "I Jettes fravær fremlægger Allan saldobeholdningen"
    verb = _verb_after_doer(text, people)
    if job_in_shape(verb, text):
        return True  # "Mette har the med", "Kristian tager en af opgaverne", "Helle orienterer …"
    if post_named(verb, text) and not SIGNAL.search(text):
        return False  # "Hans mødeleder og Jens referent": who holds which post, no verb
    if _DECIDED_TO_APPROVE.search(text) or is_history(text, people, verb) or _only_when(text):
        return False
    if verb == "svarer" and answered_here(text):
        return False  # "Eva svarer, at …" is said at the meeting; "… svarer borgeren" is a task
    if verb and not _DECIDED.search(text):
        if verb in REPORTING_VERBS and not (has_deadline or _LATER.search(text)):
            return False  # "Ledelsen orienterer om situationen"
        if verb in OPINION_VERBS:
            return False  # "Hella mener vi skal oplyse om …", "Rådet frygter …": a view
        if verb in ("er", "var", "har", "kommer", "ligger", "står") and not SIGNAL.search(text):
            return False  # "Mødet … er den 8. januar", "ArbejdsTilsynet kommer på besøg"
        if verb in AT_THE_MEETING and not SIGNAL.search(text):
            return False  # "Bestyrelsen vedtager mødedatoer frem til 18. marts": done now
    if causative(text) or must_appear(text):  # "får lavet holdfoto", "skal reglerne fremgå"
        return True
    core = _before_complement(text)
    if SIGNAL.search(core) or _IMPERATIVE.match(text) or _DECIDED.search(text):
        return True
    if passive_task(core) or _NOMINAL.search(text):
        return True
    if has_deadline:
        # a date alone makes no task of what is or comes: "Mødet … er den 8. januar",
        # "ArbejdsTilsynet kommer på besøg på torsdag"; "Seminar for … primo marts" is one
        if others_on_a_day(text, people):  # "Butikken lukker 1. juli"
            return False
        return not (STATE.search(text) and not _doing_in(text))
    present = doers(people, PRESENT).match(text)
    said = present and passes_on(present.group(1), text[present.end() :])
    if present and (present.group(1) not in NOT_TASK_VERBS or said):
        # "Vi opererer med puljer" tells how things are done; "Vi sender et brev" is a task
        pronoun = re.match(r"(?:vi|man|de)\b", text, re.I)
        if not pronoun or is_doing_verb(present.group(1)) or _GIVES_SUM.search(text):
            return True
    if _named_task_verb(text, people):
        return True
    if named_task(text, people):  # name_first.py: "Lars publicerer …", "Eva vil booke …"
        return True
    if MODAL.search(text):
        # a unit as the subject ("Jobcentret skal …"); a role ("Ledelsen skal …") in a
        # discussion is no task of anyone's
        doer = people.find(text) or find_bodies(text) or _UNIT_START.match(text)
        doer = doer or re.match(r"(?:" + "|".join(PERSON_ROLES) + r")\s+(?:skal|vil)\b", text)
        return bool(doer) or bool(WE_SHALL.search(text))
    return False


def _named_task_verb(text: str, people: People) -> bool:
    """A name or a body nobody listed, then a verb of doing: "Kirstine bestiller", "Skolen skal
    udarbejde oplæg", "Birte og Jytte laver en forårstur"."""
    return named_doers_doing(text, people) is not None


def _before_complement(text: str) -> str:
    m = _COMPLEMENT.search(text)
    return text[: m.start()] if m else text


def _only_when(text: str) -> bool:
    """Nothing but a date and a time, and maybe a place: a meeting in a list of dates."""
    rest = _WHEN_WORDS.sub(" ", text)
    if not re.search(r"[A-Za-zÆØÅæøå]{3,}", rest):
        return True
    # "Onsdag d. 4. november 2015, kl 19.30 på skolen"
    # "1/11 – personalemøde med fokus på …": a date first is a calendar's line
    return bool(_SCHEDULE.match(text)) and not is_passive(text) and not _doing_in(text)


def _doing_in(text: str) -> bool:
    text = re.sub(r"\bfinder\s+sted\b", "", text)  # "Julefrokosten finder sted …": takes place
    return any(map(is_doing_verb, re.findall(r"[a-zæøå]+", text)))


_SCHEDULE = re.compile(
    r"^(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b|(?:den\s+|d\.\s*)?\d{1,2}\.)"
    r".{0,40}?\bkl\.?\s*\d"
    r"|^(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?\d{1,2}/\d{1,2}\b",
    re.IGNORECASE,
)
