"""Sentences of the minutes that read like tasks and are none.

A standing rule says how things are done from now on ("Møderne afholdes 3. torsdag i hver
måned", "der udbetales ikke á conto", "Ikke behandlede punkter tages op på senere møder"); a
decision not to do something leaves nothing to do ("Det blev besluttet, at der ikke udbetales
…", "Kim hjemsendes ikke"); what the forum does at the meeting itself is done when the minutes
are written ("Bestyrelsen vedtager mødedatoerne …", "Bestyrelsen foretager en grundig
behandling af punkterne på dagsordenen").

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.deadlines.words import MONTHS_ALTERNATION
from tracker.minutes.as_it_stands import stays_as_it_is
from tracker.minutes.owners import People
from tracker.minutes.verbs import is_doing_verb

# How the body will meet from now on is an arrangement, not a task: "Møderne afholdes 3.
# torsdag i hver måned", "Møder afholdes på skift hos …", "Frekvens af møder fastsættes til 4
# – 5 møder per år". A single meeting to hold ("Møde afholdes med Inge i september") is a task.
_MEETINGS_ARRANGED = re.compile(
    r"^\W*(?:[\wæøå-]*møderne|[\wæøå-]*møder|mødefrekvens(?:en)?|frekvens(?:en)?\s+af\s+møder(?:ne)?)\s+"
    r"(?:afholdes|holdes|ligger|fastsættes|er|bliver)\b",
    re.IGNORECASE,
)
# How the forum works: about its own agenda ("punkterne på dagsordenen"), at no one meeting ("på
# senere møder"), for a class of things ("Ikke behandlede punkter …"). A hedge ("så vidt
# muligt", "som tiden tillader") leaves a task a task.
_PRACTICE = re.compile(
    r"\bpunkter(?:ne)?\s+på\s+dagsordenen\b|\bdagsordenens\s+punkter\b"
    # a rule for the members: "Husk at opdatere registret, når du køber en jolle"
    r"|\b(?:når|hvis|før)\s+du\s+[a-zæøå]+(?:er|r)\b"
    # an appeal to all: "Medlemmerne opfordres til at fordele dem i deres nærområde"
    # (not "Alle opfordres til at sende forslag til Bo": the board's members, a task of theirs)
    r"|^(?:(?:alle\s+)?(?:medlemmer|forældre|beboere|brugere|spillere|deltagere)(?:ne)?)"
    r"\s+(?:\w+\s+)?(?:opfordres|anbefales|bedes)\s+(?:\w+\s+)?(?:til|om)\b"
    r"|\b(?:på|til)\s+(?:senere|kommende|fremtidige)\s+[\wæøå-]*møder\b|^ikke\s+[a-zæøå]+(?:ede|te)\s",
    re.IGNORECASE,
)
# A decision not to do something: "besluttet, at der ikke udbetales …", "besluttede ikke at …";
# a case closed ("… derfor er denne sag lukket"); an offer declined ("BB siger nej tak").
_DECIDED_NOT = re.compile(
    r"\b(?:sagen|denne\s+sag)\s+(?:er\s+)?(?:hermed\s+)?(?:lukket|afsluttet)\b"
    r"|\b(?:siger|sagde)\s+nej\s+tak\b"
    r"|\b(?:besluttede|besluttet|beslutter|vedtog|vedtaget|aftalte|aftalt|enige?\s+om)\s*,?\s+"
    r"(?:ikke\s+at|at\s+(?:(?:der|vi|man|de|det|den)\s+)?(?:\w+\s+)?ikke)\b"
    # "… så vi tænker ikke at invitere fotografen igen": a plan not to
    r"|\b(?:tænker|regner|påtænker|agter|planlægger)\s+(?:derfor\s+)?ikke\s+(?:med\s+)?at\b",
    re.IGNORECASE,
)
# The clause's verb denied: "der udbetales ikke", "Kim hjemsendes ikke", "Vi deltager ikke"
# ("ikke senere end", "ikke kun" deny nothing).
# "Det må ikke sættes på hjemmesiden"; "Medlemskort: Der laves ikke nye" (after its label)
_NOT_DONE = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå -]{1,30}:\s*)?(?:[\wæøå-]+\s+){0,3}?"
    r"(?:[a-zæøå]+(?:es|er|r|al|il)|må|bør|kan)\s+(?:\w+\s+)?(?:ikke|aldrig)\b"
    r"(?!\s+(?:senere|længere|kun|blot|alene|mindst|bare|før|efter)\b)",
    re.IGNORECASE,
)
# What the forum does at the meeting: approving, adopting, noting. With a date in it
# ("vedtager mødedatoer frem til 18. marts"), it is still done.
AT_THE_MEETING = (
    "godkender", "vedtager", "tiltræder", "noterer", "konstaterer", "bemærker", "takker",
)  # fmt: skip


# An idea, not a decision: "Måske man skulle lave en petanquebane", "Muligvis en tur til sommer",
# "Vi overvejer at deltage til næste år" (the imperative "Overvej at …" asks for it: a task).
_IDEA = re.compile(
    r"^(?:måske|muligvis|eventuelt\s+kunne|evt\.?\s+kunne"
    r"|(?:[\wæøå]+\s+){1,3}?overvej(?:er|ede)\s+(?:\w+\s+)?(?:at|om)\b)",
    re.IGNORECASE,
)


# An election held at the meeting: "Til disse poster valgtes …", "Eva blev valgt som formand"
# ("et tema blev valgt til det videre arbejde" chooses a thing to work on).
_ELECTED = re.compile(
    r"\b(?:(?:gen)?valgtes\b(?!\s+at\b)|konstitueredes|konstituerer\s+sig\s+som\s+følger"
    r"|konstituerede\s+sig|blev\s+konstitueret"
    r"|(?:blev|er)\s+(?:gen)?valgt\s+(?:som|til)\s+(?:næst)?(?:formand|forkvinde|kasserer|sekretær"
    r"|ordstyrer|referent|dirigent|revisor|suppleant|(?:bestyrelses)?medlem))\b",
    re.IGNORECASE,
)


# A fixture of the calendar, told: "Den årlige Cup til minde om X afholdes i år, lørdag den 26.
# august", "Vi tager en ny kamp d. 19. juni". The tasks around it are sentences of their own
# ("aktivitetsudvalget følger op på tilmeldingerne"); "Der afholdes et socialt arrangement …" is
# one to organise.
_FIXTURE = re.compile(
    r"^(?:(?:den|det)\s+(?:årlige|traditionelle|traditionsrige|tilbagevendende)\s+[^,.;]{2,60}?\s+"
    r"(?:afholdes|holdes|finder\s+sted|foregår|løber\s+af\s+stablen)\b"
    r"|vi\s+(?:tager|spiller)\s+(?:en\s+|endnu\s+en\s+)?(?:ny\s+)?(?:kamp|match|dyst|revanche)\b"
    # an event under its name, only its day: "Cederdorf løbet 2016: Afholdes den 28. august"
    r"|[^:]{3,40}:\s*(?:afholdes|holdes|finder\s+sted)\s+(?:den\s+|d\.\s*)?\d{1,2}[./ ]"
    r"[^,;]{0,30}$)",
    re.IGNORECASE,
)


# A stance of the body about itself: "Fællesrådet vil have ejerskabet", "Vi ønsker fortsat
# indflydelse på …" ("Eva vil have styr på regnskabet" is still work to do); a good intention:
# "enige om at bidrage positivt til en god stemning", "gøre vores bedste", "blive bedre til …".
_STANCE = re.compile(
    r"\b(?:vil|ønsker|kræver)\s+(?:(?:gerne|fortsat|stadig|også)\s+)?(?:at\s+)?(?:have|få|beholde"
    r"|bevare)?\s*(?:det\s+|fuldt?\s+|et\s+|mere\s+|større\s+)?(?:fulde\s+)?(?:ejerskab(?:et)?"
    r"|(?:med)?indflydelse(?:n)?|medbestemmelse(?:n)?|det\s+sidste\s+ord)\b"
    r"|\bbidrage\s+positivt\s+til\b|\bblive\s+bedre\s+til\b|\bgøre\s+(?:sit|sin|vores|deres|vort)\s+bedste\b"
    r"|\bholde\s+en\s+god\s+(?:og\s+\w+\s+)?(?:stemning|tone)\b",
    re.IGNORECASE,
)
_AGREED_THAT = re.compile(r"\benig(?:e|hed)\s+om,?\s+at\s+(?P<rest>\S.*)$", re.IGNORECASE)


def agreed_to_hold(text: str) -> bool:
    """What they agree holds, not a thing to do: "Der var enighed om, at vi fortsat kan …",
    "… enige om at Vejlauget nu skal have fokus"; but "enighed om at ansætte …", "… at vi
    køber en ny trailer" and "… at det må afhjælpes" are things to do."""
    m = _AGREED_THAT.search(text)
    if m is None:
        return False
    words = m["rest"].split()
    first = words[0].lower()
    if first in ("det", "dette", "den") or first.endswith("e") or first in ("gå", "få", "se", "nå"):
        return False
    return not (len(words) > 1 and is_doing_verb(words[1].strip(",.")))


# A condition opens the sentence: "Hvis det er besværligt, tilbyder Eva at …", "Såfremt der
# kommer flere tilmeldinger, …": what might be done if, nothing decided ("Når datoen kendes,
# sender Bo en mail" is a task that waits, and stays one).
_CONDITIONAL = re.compile(
    r"^\W*(?:hvis|såfremt|ifald|i\s+fald|i\s+tilfælde\s+af)\b"
    # the condition by inversion: "Kan du ikke deltage, skal du melde afbud", "Er der behov, …"
    r"|^\W*(?:kan|kunne|skulle|er|har|bliver|vil|ønsker)\s+(?:du|i|man|der|vi|han|hun|de|det|nogen)"
    r"\b[^,.;]{0,60},",
    re.IGNORECASE,
)

# A meeting or event held at a clock time is in the calendar, not on the action list:
# "Bestyrelsen afholder et kort formøde kl. 19.30", "Borgermødet afholdes kl. 19-21",
# "Temadagen gennemføres 11.00 til 13.00" ("Afholde møde med Inge inden 1. oktober", no hour,
# is one to arrange).
_HELD = r"\b(?:af)?hold(?:e|er|es|t)?\b|\bgennemfør(?:e|er|es|t)?\b"
_CLOCK = re.compile(
    r"\bkl\.?\s*\d{1,2}\b|\b(?:[01]?\d|2[0-3])[.:][0-5]\d\s*(?:-|–|til)\s*(?:[01]?\d|2[0-3])\b",
    re.IGNORECASE,
)  # "30.06 – 03.07" are days, not hours
_SCHEDULED = re.compile(_HELD, re.IGNORECASE)

# How it is from now on, not a thing to do once: "Referater vil fremover være tilgængelige
# …", "Eva og Bo er indtil videre tovholdere", "Fremover sendes referatet kun til …", "som
# fører referat efter hvert møde". Someone who takes a charge on ("Formanden vil fremover
# varetage styringen af …") has a task; "Græsset klippes ned og fremover holdes det kort" has
# its task before the "fremover".
_FROM_NOW = r"(?:fremover|fremadrettet|indtil\s+videre|fra\s+nu\s+af)"
_FROM_NOW_ON = re.compile(
    rf"\b(?:er|bliver)\s+{_FROM_NOW}\b"
    rf"|\b(?:vil|skal)\s+{_FROM_NOW}\s+(?:\w+\s+)?(?:være|blive|ligge|[a-zæøå]{{3,}}es)\b"
    rf"|^\W*{_FROM_NOW}\s+(?:er|bliver|ligger|[a-zæøå]{{3,}}es)\b"
    # "… halvårsregnskabet fremover bør følges af en redegørelse": how it is done from now on
    rf"|\b{_FROM_NOW}\s+(?:bør|skal|vil|må)\s+(?:\w+\s+)?[a-zæøå]{{3,}}es\b"
    # "Fremover vil Bo igen deltage i møderne": who comes to the meetings from now on
    rf"|^(?=[^.;]*\b{_FROM_NOW}\b)[^.;]*\bdeltage(?:r)?\s+i\s+[\wæøå-]*møde(?:r|rne)\b"
    r"|\b(?:efter|før|til|på|ved)\s+hvert\s+(?:[\wæøå-]*møde|referat)\b"
    r"|\b(?:efter|før|ved)\s+hver(?:t)?\s+(?:weekend|ferie|uge|måned|gang|sæson)\b",
    re.IGNORECASE,
)


# A question asked at the meeting is told, whatever it is about: "Eva stillede spørgsmål ved,
# hvor mange der skal være til stede", "Bo spurgte ind til budgettet", "Jens undrede sig over …".
_ASKED = re.compile(
    r"^(?:[\wæøåÆØÅ.-]+\s+){1,4}?(?:stillede\s+(?:et\s+)?spørgsmål(?:stegn)?|spurgte|undrede\s+sig"
    # "Udvalget spørger til reglerne", "… spørger om de må købe …": asked at the meeting ("Bo
    # spørger kommunen om lov", "Bo spørger om Eva Lund om hun vil …" ask someone else: a task)
    r"|spørger\s*,?\s+(?:(?:os|sig)\s+selv\b|(?:ind\s+)?(?:om(?!\s+[A-ZÆØÅ]\w+(?:\s+[A-ZÆØÅ]\w+)?\s+om\b)"
    r"|til|hvad|hvorfor|hvornår|hvordan"
    r"|hvorvidt|hvem|hvilke)\b))"
)
# Waiting is no task ("Vi afventer stiftelsen af foreningen", "Sagen afventer kommunens svar"),
# and a meeting cancelled or put off is the calendar's ("Mødet den 1. november aflyses"). A
# decision in the perfect is not done yet: "Bestyrelsen har besluttet at indstille X til …".
_WAITING = re.compile(r"^(?:[\wæøåÆØÅ.-]+\s+){0,4}?afvente[rs]?\b", re.IGNORECASE)
_CANCELLED = re.compile(
    r"^\W*(?:[\wæøå-]*mødet|arrangementet|turen|festen)\b[^;]{0,60}?\s(?:aflyses|er\s+aflyst"
    r"|er\s+udskudt|er\s+udsat)\b",
    re.IGNORECASE,
)


# Someone volunteered at the meeting: "Vi mangler en kasserer. Bo melder sig.", "Eva melder sig
# som tovholder" (done when said; "Eva melder sig til at lave kaffe" names her task).
_VOLUNTEERED = re.compile(
    r"^(?:[\wæøåÆØÅ.()-]+\s+){1,4}?(?:melder|meldte)\s+sig(?:\s+som\s+[\wæøå-]+)?\s*\.?$"
)


# A person's own news, with or without its day: "Ole fylder 60 tirsdag", "Bo flytter pr. 1/12",
# "Eva holder ferie fra 8. april", "Jens går på pension til sommer" ("Bo flytter kassen til
# depotet" moves a thing: a task).
_OWN_NEWS = re.compile(
    r"^(?:[\wæøåÆØÅ.()-]+\s+){1,4}?(?:fylder\s+(?:\d+|år|rundt)"
    r"|flytter\s+(?:pr\.?|per|fra|den|d\.?|til\s+(?-i:[A-ZÆØÅ])\w*|(?=\d))"
    r"|holder\s+(?:ferie|fri|orlov)|går\s+på\s+(?:pension|barsel|orlov)|bliver\s+\d+\s+år\b"
    # leaving a post: "Per stopper som formand", "Nanna og Alifa stopper", "Bo går af"
    r"|stopper(?:\s+(?:som|i|på|hos|efter|pr\.?|per|til)\b|\s*\.?$)|går\s+af\b"
    r"|udtræder\s+af\b)",
    re.IGNORECASE,
)
# A view given at the meeting: "Grete mener, at vi bør vente", "Bo synes, det er en god idé",
# "Der var enighed om, at forslaget er godt" (what is agreed to be, not to be done).
_OPINION = re.compile(
    r"^(?:[\wæøåÆØÅ.-]+\s+){1,4}?(?:mener|mente|synes|syntes|tror|troede)\s*,?\s+(?:at|det|der)\b"
    # a judgement: "Rådet vurderer, at økonomien er fornuftig" ("vurderer om" weighs: a task)
    r"|^(?:[\wæøåÆØÅ.-]+\s+){1,4}?(?:vurderer|vurderede|skønner|skønnede)\s*,?\s+at\b"
    # "Gruppen vurderer situationen som alvorlig": what it holds a thing to be
    r"|^(?:[\wæøåÆØÅ.-]+\s+){1,4}?(?:vurderer|vurderede)\s+(?:[\wæøå-]+\s+){1,3}som\s+[a-zæøå]+"
    r"|^.{0,40}?\b(?:enighed|enige?)\s+om\s*,?\s+at\s+(?:[\wæøå-]+\s+){1,3}(?:er|var)\s+(?:meget\s+|rigtig\s+)?"
    r"(?:super|rigtig)?(?:god|godt|gode|fin|fint|fine|rigtig|rigtigt|vigtig|vigtigt|vigtige|nødvendig|nødvendigt"
    r"|positiv|positivt|tilfredsstillende|en\s+god\s+idé|en\s+(?:stor\s+)?succes)\b",
    re.IGNORECASE,
)


# Told at the meeting without a teller: "Der informeres om, at jubilæet fejres …", "Der
# orienteres om status" ("Der orienteres om budgettet på næste møde" is for a later day).
_TOLD_THERE = re.compile(
    r"^(?:[^:]{1,40}:\s+)?der\s+(?:informeres|orienteres|oplyses|fortælles)\s+(?:om|at)\b"
    r"(?!.*\b(?:næste|senere|kommende)\b)",
    re.IGNORECASE,
)
# It can wait: "Vi er blevet enige om, at revisionen kan vente".
_CAN_WAIT = re.compile(r"\b(?:kan|må)\s+(?:godt\s+|gerne\s+)?vente\b", re.IGNORECASE)


def said_or_waited(text: str) -> bool:
    """The clause tells a question asked, a wait, a meeting called off, someone who
    volunteered, a person's own news or news told ("Der informeres om …"): nothing to do."""
    return bool(
        _ASKED.match(text)
        or _WAITING.match(text)
        or _CANCELLED.match(text)
        or _VOLUNTEERED.match(text)
        or _OWN_NEWS.match(text)
        or _CAN_WAIT.search(text)
        or _OPINION.match(text)
        or _TOLD_THERE.match(text)
        or _FIRST_PERSON.match(text)
    )


# "Jeg vil arbejde videre, og …": a letter or a speaker quoted in the minutes, in the first
# person; the minutes' own tasks name their doers ("vi", a name, a post)
_FIRST_PERSON = re.compile(r"^\W*jeg\s", re.IGNORECASE)


# Said, not asked of anyone: "Preben melder OK" (a report); "Kunne der oprettes en bruser …",
# "Kan vi få …" (a question without its mark: the modal first); "Tidligere har der været aftalt
# at …" (the past); "Enighed om et godt møde" (a verdict); "SFO: De holder åbent uge 27" (opening
# hours); "Sommercamp bliver afholdt med fint deltagerantal" (an event judged); "… som tænkes
# fortsat" (a thought); "Det står i bero til efteråret" (on hold); "X vil på mødet give en
# status" (told at this meeting). "Eva melder om god respons" is a report too.
_SAID = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå.-]*\s+){1,3}meld(?:er|te)\s+(?:alt\s+)?(?:ok|o\.k\.|klar|afbud|om)\b"
    r"|^(?:kunne|kan|skulle|burde|ville|mon)\s+(?:der|vi|man|I)\s"
    r"|^(?:tidligere|før\s+i\s+tiden|sidste\s+år)\s+(?:har|havde|var|blev)\b"
    r"|^(?:der\s+(?:er|var|blev)\s+)?(?:stor\s+|fuld\s+|generel\s+)?enighed\s+om\s+(?:et|en)?\s*"
    r"(?:godt|god|fint|fin|vellykket|dejligt)\b"
    r"|\b(?:holde[rs]?|har|havde)\s+(?:åbent|lukket)\b"
    r"|\bmed\s+(?:et\s+)?(?:fint|flot|godt|stort|pænt|rigtig\s+godt)\s+(?:deltagerantal|fremmøde)"
    r"|\btænkes\s+(?:fortsat|forsat|videreført|gentaget)\b|\b(?:står|sættes|lægges)\s+i\s+bero\b"
    r"|\bvil\s+på\s+(?:dagens\s+)?mødet\s+(?:give|orientere|fortælle|præsentere|redegøre|gennemgå)\b",
    re.IGNORECASE,
)
# "Omplaceringer … bliver ikke videreført": a thing not to be done (the verb denied late on).
_NOT_BECOMING = re.compile(
    r"\b(?:bliver|vil\s+blive)\s+ikke\s+(?:\w+\s+)?[a-zæøå]{3,}(?:et|t)\b", re.I
)


# A line of a list of tasks marked done: "Bo bestiller lokalet (udført)", "… – færdig"
_DONE_MARK = re.compile(
    r"(?:\(\s*(?:udført|færdig|afsluttet|done)\s*\)|\s[-–]\s*(?:udført|færdig|afsluttet|done))"
    r"\s*\.?$",
    re.IGNORECASE,
)


def settled(text: str) -> bool:
    """The clause tells what stands or was settled, no task: a standing rule, a decision not
    to do, an idea, an election held, a fixture of the calendar, a stance, a condition, an
    event at a clock time, a task marked done."""
    return (
        bool(_DONE_MARK.search(text))
        or is_standing(text)
        or declines(text)
        or is_idea(text)
        or is_election(text)
        or bool(_FIXTURE.match(text) or _STANCE.search(text))
        or agreed_to_hold(text)
        or bool(_CONDITIONAL.match(text))
        or is_scheduled(text)
        or said_or_waited(text)
        or bool(_SAID.search(text) or _NOT_BECOMING.search(text))
        or bool(_ELSEWHERE.match(text))
        or stays_as_it_is(text)
        or bool(_STAND_IN.match(text))
    )


# "Birgit Svendsen møder i stedet": who attends for an absent member (the attendance's)
_STAND_IN = re.compile(
    r"^(?:[\wæøåÆØÅ.-]+\s+){1,4}(?:møder|mødte|deltager|deltog)\s+i\s+stedet\b", re.IGNORECASE
)


# A case on its way through the council's committees, on a day: "D. 12.6 behandles forslaget i
# Økonomiudvalget", "Den 3. juni bliver sagen behandlet i Byrådet" (their agenda, not the
# board's; "Vi sender forslaget til behandling i udvalget" is the board's own).
_ELSEWHERE = re.compile(
    r"^(?:(?:d\.|den)\s*\d{1,2}\.?\s*(?:[./]\s*\d{1,2}\.?(?:[./-]\d{2,4})?|[a-zæøå]{3,9})\s+)?"
    r"(?:bliver\s+)?(?:[\wæøå.-]+\s+){0,8}?"
    r"(?:behandles|behandlet|vedtages|vedtaget|besluttes|afgøres)\s+(?:[\wæøå.-]+\s+){0,4}?i\s+"
    r"(?:[\wæøå]+-(?:\s+og\s+)?)?(?:[\wæøå-]*udvalg(?:et)?|byrådet|kommunalbestyrelsen|regionsrådet|$)",
    re.IGNORECASE,
)


def is_scheduled(text: str) -> bool:
    """The clause holds a meeting or event at a clock time, or is the calendar's in other words
    ("Første møde afholdes i november", "Afholdes primo september"): a calendar entry."""
    return bool(_SCHEDULED.search(text) and _CLOCK.search(text) or _HELD_ON.search(text))


# "Afholdes sidste weekend i august": the event named before; "Første møde afholdes i november":
# a meeting named by its place in a row ("Borgermødet afholdes i uge 38" is one to hold)
_HELD_ON = re.compile(
    r"^\W*(?:af)?holdes\b"
    r"|^\W*(?:første|andet|næste|kommende|sidste)\s+(?:[\wæøå-]+\s+)?møde\s+(?:af)?holdes\b",
    re.IGNORECASE,
)


def is_idea(text: str) -> bool:
    """The clause floats an idea ("Måske …") rather than deciding anything."""
    return bool(_IDEA.match(text))


# A post held, told: "Jane er sekretær, står for dagsorden og referat", "Bo er ny kasserer" (a
# "tovholder" has a task to carry: see clauses.SIGNAL).
_POST_HELD = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå.-]*\s+){1,3}(?:er|bliver|forbliver|fortsætter\s+som"
    r"|overtager\s+(?:posten|hvervet|rollen)\s+som)\s+(?:(?:ny|nyt|fortsat|stadig)\s+)?"
    r"(?:formand|forkvinde|næstformand|kasserer|sekretær|referent|ordstyrer|revisor|suppleant"
    r"|webmaster|redaktør)\b"
)


def is_election(text: str) -> bool:
    """The clause tells who was elected, how the body constituted itself or who holds a post."""
    return bool(_ELECTED.search(text) or _POST_HELD.match(text))


def is_standing(text: str) -> bool:
    """The clause says how things are done from now on, or how the meeting works."""
    return bool(
        _MEETINGS_ARRANGED.search(text) or _PRACTICE.search(text) or _FROM_NOW_ON.search(text)
    )


def declines(text: str) -> bool:
    """The clause decides not to do something, or denies its own verb."""
    return bool(_DECIDED_NOT.search(text) or _NOT_DONE.match(text))


# A post, not a verb, after a name: "Hans mødeleder og Jens referent", "Eva kasserer".
_ROLE_NOUN = re.compile(
    r"[a-zæøå]*(?:leder|ordstyrer|kasserer|sekretær|revisor|koordinator|tovholder)", re.I
)
# A thing or an outside body (a definite noun: "Butikken", "Kommunen", "Renovationen") and its
# verb: with only a day, what happens then.
_OTHERS_DATED = re.compile(
    r"^(?:[Dd]en\s+|[Dd]et\s+|[A-ZÆØÅ][a-zæøå-]+\s+)?[A-ZÆØÅa-zæøå][a-zæøå-]{2,}(?:en|et|ne)\s+"
    r"(?P<verb>[a-zæøå]{2,}r)\b"
)
# A limit, not a day: "senest", "inden", "frist": the task is to be done by then.
_LIMIT = re.compile(r"\b(?:senest|inden|frist|deadline|før|snarest|hurtigst)\b", re.IGNORECASE)


def post_named(verb: str | None, text: str) -> bool:
    """The word after a name is a post, not a verb ("Hans mødeleder", "Eva kasserer")."""
    return bool(verb and _ROLE_NOUN.fullmatch(verb)) and not re.search(r"\bleder\s+efter\b", text)


def others_on_a_day(text: str, people: People) -> bool:
    """With only a day (no "senest", "inden"), what a thing or an outside body does then:
    "Butikken lukker 1. juli", "Kommunen asfalterer vejen i uge 20", "Vejen bliver asfalteret
    i uge 20" (a verb of doing, "Festudvalget afholder sommerfest 13. juni", stays a task)."""
    m = _OTHERS_DATED.match(text)
    if not m or _LIMIT.search(text) or people.find(text):
        return False
    verb = m["verb"].lower()
    return verb == "bliver" or not is_doing_verb(verb)


# A topic named by a verb's noun and its object alone: "Opdatering af hjemmesiden.",
# "Etablering af ny sendemast på P-pladsen." (a list of what was talked about)
_TOPIC_NOUN = re.compile(r"^\W*([A-ZÆØÅ][a-zæøå]+(?:ing|else))\s+af\s+[^.!?:;]*[.!]?\s*$")
# A time that makes it a task: "for næste skoleår", "når frosten er gået", "i efteråret",
# a year or a season ("bestyrelsesmøder 20-21")
_SOME_TIME = re.compile(
    r"\b(?:næste|inden|senest|snarest|hurtigst|straks|når|efter|før|uge\s*\d+|foråret"
    r"|efteråret|sommer\w*|vinter\w*|jul\w*|påske\w*|skoleår\w*|" + MONTHS_ALTERNATION + r")\b"
    r"|\b(?:19|20)\d{2}\b|\b\d{2}[-/]\d{2}\b",
    re.IGNORECASE,
)


def topic_only(source: str, title: str, owners: list[str], due: object) -> bool:
    """The draft names a topic, not a task: a verb's noun and its object alone, made a verb
    ("Opdatere hjemmesiden"), with no one to do it and no time to have it done by (a list's
    lines under "Mangler:" keep their noun: "Rensning af tagrender", theirs to judge)."""
    m = _TOPIC_NOUN.match(source.strip())
    if m is None or owners or due is not None or _SOME_TIME.search(source):
        return False
    return not title.lower().startswith(m.group(1).lower())
