"""News and events told under an item: lines that name what comes or what goes on and are no
tasks ("Seniortræf afholdes den 17. maj", "Juletræsfest i skoven den 13. december", "Kontoret
arbejder med DUA" under "Nyt fra kontoret").

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.verbs import is_doing_verb

# An item of news ("Meddelelser", "Orientering", "Nyt fra …", "Siden sidst"): its lines tell
# what comes ("Provstikonference 9. november på Hotel Nyborg Strand").
_NEWS_TITLE = re.compile(
    r"^\W*(?:(?:generel|kort|fælles|løbende)\s+)?(?:meddelelser|orientering(?:er|spunkter)?|information(?:er)?|nyt\s+fra|siden\s+sidst"
    r"|gensidig\s+orientering|kort\s+nyt|(?:kommende|fremtidige)\s+(?:møder|arrangementer|aktiviteter)"
    r"|mødeplan|mødedatoer|mødekalender|kalender(?:en)?\b|årshjul(?:et)?\b"
    r"|(?:formandens|formanden)s?\s+(?:orientering|beretning))\b",
    re.IGNORECASE,
)
# A verb that would make the line a task: a modal, a common verb of doing, a passive ("-es").
_ANY_VERB = re.compile(
    r"\b(?:skal|bør|må|vil|kan|husk|sørg\w*|tag(?:er)?|hold(?:er)?|har|gi(?:ver|v)|få[rs]?|gå[rs]?"
    r"|kom(?:mer)?|[a-zæøå]{3,}es|enig[et]?|enighed|besluttet|aftalt|vedtaget"
    # "Eva og Bo står for indkøb af gaven": a job (not "Bo står for torsdagstræningen": a post)
    r"|står\s+for\s+(?:indkøb|(?:[\wæøå-]+\s+){1,3}?(?:af|til)\s)"
    # "Generalforsamling 4.4 Reminder ud i uge 12": a reminder named is one to send
    r"|reminder|påmindelse|rykker)\b",
    re.IGNORECASE,
)
# An event held, told without "skal" ("Høringsmøde om budgettet afholdes den 23. august").
_EVENT_HELD = re.compile(
    r"^(?!.*\b(?:skal|bør|må|vi|bestyrelsen|rådet|udvalget)\b)(?:[^.;]{3,80}?\s)?(?:afholdes|holdes"
    r"|finder\s+sted|løber\s+af\s+stablen)\b",
    re.IGNORECASE,
)
# A subject, then its verb: "Allan kopierer indbydelsen …", "Menighedsrådet besvarer klagen".
_SUBJECT_VERB = re.compile(r"^(?:[A-ZÆØÅ][\wæøå-]+\s+){1,3}[a-zæøå]{3,}(?:er|ar|ør|år)\b")


# An event's name opening a line: "Juletræsfest i skoven den 13. december", "Næste gang d. 29.
# marts", "Bestyrelsesmøder lørdag 4/9 og lørdag 6/11", "Generalforsamling 25. april"
# ("Evaluering af medlemsmøder 10. maj" names a task, the event its object).
_EVENT_NAME = re.compile(
    # a day may come first: "D. 4/11 borgermøde vedr. …", "12.3. generalforsamling"
    r"^\W*(?:(?:d\.|den)?\s*\d{1,2}\s*[./]\s*\d{1,2}\.?(?:[./-]\d{2,4})?\s+)?"
    r"(?:[A-ZÆØÅ][\wæøå-]{2,30}:\s+)?"  # a committee's label: "Stævneudvalg: Forårsstævne 5/5"
    r"(?:(?!(?:af|om|til|for|med)\s)[\wæøåÆØÅ-]+\s+){0,2}?[\wæøåÆØÅ-]*(?:møde|møder|fest|messe"
    r"|gudstjeneste|arrangement|udflugt|temadag|marked|generalforsamling|årsmøde|gang"
    # "Juletræstænding 28/11", "Fællesspisning fredag kl. 18", "Arbejdsdag lørdag 27. november"
    r"|tænding|spisning|frokost|banko|koncert|arbejdsdag|loppedag|juletur|sommertur|bustur"
    r"|stævne|lejr|ridt|turnering|træf|jubilæum)\b",
    re.IGNORECASE,
)


# A report that leaves out its subject (the group named in the point's label): "Planlægger en
# lejr i 2012", "MMA: Arrangerer seminarer …", "Fået en del nye medlemmer, som …".
_NO_SUBJECT = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå /-]{0,30}:\s+)?(?:(?P<done>Fået|Haft)\b|(?P<verb>[A-ZÆØÅ][a-zæøå]{2,}r)\s)"
)


# Work going on, told under news: "Kontoret arbejder med DUA", "Skolen arbejder på en ny plan"
# ("arbejder videre med", a modal or a limit make it work to go on with: a task).
_AT_WORK = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå-]+\s+){1,3}arbejder\s+(?:(?:fortsat|stadig|nu|også)\s+)?(?:med|på)\b(?!.*\b(?:senest|inden|til\s+næste)\b)"
)


# A person (a name, not "Kontoret", "Skolen") at work to get a thing done: "Ernst arbejder på at
# få adgang til systemet" is his task, not news.
_PERSON_AT_IT = re.compile(r"^[A-ZÆØÅ][a-zæøå]{1,12}(?<!et)(?<!en)(?<!ne)\s+arbejder\s+på\s+at\s")


def _reported_without_subject(text: str) -> bool:
    m = _NO_SUBJECT.match(text)
    return bool(m) and (bool(m["done"]) or is_doing_verb(m["verb"].lower()))


def announced(text: str, item_title: str) -> bool:
    """A line without a verb (or without its subject) under an item of news, or an event's name
    with its date under any item: an event told, no task (a line with a verb, "Eva sender
    invitation ud senest 1. maj", stays one; so does "Regnskab til revisor senest 1. maj")."""
    news = bool(_NEWS_TITLE.match(item_title or ""))
    if not news and not (_EVENT_NAME.match(text) and re.search(r"\d", text)):
        return False
    words = re.findall(r"[a-zæøåA-ZÆØÅ]+", text)
    if news and _EVENT_HELD.search(text):
        return True  # "Seniortræf afholdes den 17. maj": told, the organisers are others
    if news and _AT_WORK.match(text) and not _PERSON_AT_IT.match(text):
        return True  # "Kontoret arbejder med den nye aftale": work going on, told
    if news and _reported_without_subject(text):
        return True  # "Aikido: Planlægger en lejr i 2012": a group's own report, no task
    subject_verb = _SUBJECT_VERB.match(text)
    event = _EVENT_NAME.match(text)
    if subject_verb and event and subject_verb.end() == event.end():
        subject_verb = None  # "Endvidere bestyrelsesmøder lørdag …": "-møder" names, no verb
    if _ANY_VERB.search(text) or subject_verb:
        return False
    return not any(is_doing_verb(w.lower()) for w in words)
