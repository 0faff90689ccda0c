"""A line of a to-do list: "Kontakte kommunen om nøglerne.", "Snakke med Bo om vandet."

A board's minutes often write what is to be done as a line that opens with the verb in the
infinitive and names no doer. Under an item that is a task (nobody named), unless the line stands
in a list of what a programme holds, what is hoped for, a purpose or the topics of a later
meeting ("Program: Besøge museet …", "Forventninger: Hjælpe skolen."). Below "Næste skridt:"
("Next steps:") each line is a step to take, whatever its form ("- Nyhedsbrev til …").

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.first_names import is_first_name
from tracker.minutes.verbs import is_doing_verb

# Verbs of doing a to-do line opens with that the task stems leave out.
_MORE_VERBS = frozenset(
    (
        "snakke", "tale", "holde", "ringe", "spørge", "finde", "skrive", "huske", "give", "fikse",
        "rydde", "hente", "købe", "sikre", "tage", "aftale", "reparere", "skifte", "udskifte",
    )
)  # fmt: skip
# Verbs of what the meeting itself does: "Drøfte budgettet" is a topic, not a task.
_MEETING_VERBS = frozenset(
    (
        "drøfte", "godkende", "orientere", "informere", "gennemgå", "behandle", "evaluere",
        "beslutte", "vedtage", "diskutere", "præsentere", "fremlægge",
    )
)  # fmt: skip
_FIRST = re.compile(r"^(?:[-–•*▪\uf0b7]\s*)?(?P<verb>[A-ZÆØÅ][a-zæøå]+e)\s+(?P<rest>\S.*)$")
# "Rette vedkommende svarer …": a finite verb as the second word is the clause's own verb; the
# first word was no verb.
_SECOND_WORD = re.compile(r"^\S+\s+(?P<word>[a-zæøå]+)\b")
_FINITE = frozenset(
    ("skal", "vil", "kan", "er", "har", "må", "bør", "bliver", "får", "går", "kommer")
)
# What a list of lines is when it is no list of tasks.
_NOT_A_TODO_LIST = re.compile(
    r"\b(?:program(?:met)?|formål(?:et)?|mål(?:et|ene)?|forventning(?:er|erne)?|emner?|tema(?:er)?"
    r"|dagsorden|punkter\s+til|til\s+næste\s+møde|idé(?:er)?|ide(?:er)?|ønsker|kompetence\w*"
    r"|kommissorium|vision(?:en)?|strategi(?:en)?|værdier(?:ne)?|opgavebeskrivelse"
    r"|ansvarsområde\w*)\b",
    re.IGNORECASE,
)


def list_lead(lead: str, line: str) -> str:
    """The lead-in of the lines that follow: a line that opens with an infinitive continues the
    list ("Program:", "- Hente …", "- Bestille …"), any other line is the new lead."""
    if _REMAINING.search(line.strip()) or _NEXT_STEPS.match(line.strip()):
        return line  # "Resterende projekter:" (no verb "resterende") leads the lines after it
    if _REMAINING.search(lead.strip()[-60:]) and _SHORT_THING.match(line.strip()):
        return lead  # "Resterende opgaver:", "• Rensning af …", "• Opsætning af …"
    if _NEXT_STEPS.match(lead.strip()) and _STEP.match(_FIRST_SENTENCE.split(line.strip())[0]):
        return lead  # "Næste skridt:", "- Nyhedsbrev til …. Opfordring til …", "- …"
    return lead if _FIRST.match(line.strip()) else line


def todo_line(clause: str, lead: str = "", item_title: str = "") -> bool:
    """The clause opens with a verb of doing in the infinitive and says what it is done to, or
    is a short line under a lead or title that lists what remains ("Resterende projekter:",
    "Udestående:")."""
    remaining = _REMAINING.search(item_title or "") or _REMAINING.search(lead.strip()[-60:])
    if remaining and _SHORT_THING.match(clause.strip()):
        return True  # "Resterende opgaver: • Opsætning af nyt fjernsyn"
    if _NEXT_STEPS.match(lead.strip()) and _STEP.match(clause.strip()):
        return True  # "Næste skridt: • Nyhedsbrev til medlemmerne om ordningen"
    m = _FIRST.match(clause.strip())
    if not m or len(m["rest"].split()) < 2:
        return False  # "Hjælpe skolen.": too little to be a task of its own
    verb = m["verb"].lower()
    if verb in _MEETING_VERBS or not (is_doing_verb(verb) or verb in _MORE_VERBS):
        return False
    second = _SECOND_WORD.match(m["rest"])
    return not (second and _finite(second["word"]))


def _finite(word: str) -> bool:
    """ "svarer", "skal", "fungerer": a finite verb, not a plural noun ("præmier")."""
    return word in _FINITE or word.endswith("erer") or (word.endswith("r") and is_doing_verb(word))


# What remains to be done: the lines under it are tasks, said as nouns ("Opsætning af …").
_REMAINING = re.compile(
    r"\b(?:resterende|udestående|manglende)\s+(?:projekter|opgaver|punkter|arbejder)\s*:?\s*$"
    r"|^\W*(?:udestående|to\s*do|huskeliste|mangler)\s*:?\s*$",
    re.IGNORECASE,
)
# The steps to take next, one a line below it: "Næste skridt:", "Next steps:", "Videre
# forløb:"; each line names a step, whatever its form ("Nyhedsbrev til medlemmerne").
_NEXT_STEPS = re.compile(
    r"^\W*(?:næste\s+skridt(?:\s+er)?|next\s+steps?|videre\s+(?:forløb|proces))\s*:\s*$", re.I
)
_STEP = re.compile(r"^(?:[-–•*▪\uf0b7]\s*)?[A-ZÆØÅ][^.;:?!]{8,100}\.?$")
_FIRST_SENTENCE = re.compile(r"(?<=[a-zæøå0-9])\.\s+(?=[A-ZÆØÅ])")
# A short line that names a thing, no verb of its own: "Opsætning af nyt fjernsyn".
_SHORT_THING = re.compile(
    r"^(?:[-–•*▪\uf0b7]\s*)?[A-ZÆØÅ][a-zæøå]+(?:ning|else|ing)\s+(?:af\s+)?[^.,;:]{3,50}\.?$"
)


def in_a_list_of_other_things(lead: str, item_title: str) -> bool:
    """The line before (a lead-in, a heading) or the item's title says the lines are a
    programme, hopes, purposes or topics: no tasks. "Næste skridt:" right above says they are
    steps to take, whatever the item is called ("Temaer for dagens møde")."""
    lead = lead.strip()
    if _NEXT_STEPS.match(lead):
        return False
    heading = lead.endswith(":") or lead.endswith("?") or not lead.endswith(".")
    return bool(
        (heading and _NOT_A_TODO_LIST.search(lead)) or _NOT_A_TODO_LIST.search(item_title or "")
    )


# "Reparation af gulvet. Jeppe (og evt. Jonas) er på opgaven": the one named takes on the thing
# the sentence before names.
_ON_IT = re.compile(
    r"^(?P<who>[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?)\s*(?:\([^()]{1,40}\)\s*)?"
    r"(?:er|bliver)\s+på\s+(?:opgaven|sagen)\b"
)


def on_it(sentence: str) -> str | None:
    """The one who takes on the task the sentence before names ("Jeppe er på opgaven")."""
    m = _ON_IT.match(re.sub(r"^\s*(?:[a-zæøå]|\d{1,2})[.)]\s+", "", sentence))  # "c) Bo er …"
    return m["who"] if m else None


# A job and who takes it, the names after a dash or a colon: "Øl og vand, kaffe – Jens", "Mad
# – Niels og Bo", "Hvem står for maden – Niels", "Duge: Grete.", "Historisk quiz: Ulla, Bente og
# Ida". Not a post held or filled ("Referent – Mie", "Formand: Bo"), not who came or sent word
# ("Afbud – Lauge", "Fremmødte: Kette, Hanne"), not a group's members ("Festudvalg: Lene, Bo").
_NAME = r"[A-ZÆØÅ][\wæøå]+"
_JOB_AND_NAME = re.compile(
    r"^(?:[-–•*▪]\s*)?(?:hvem\s+(?:står\s+for|tager|sørger\s+for)\s+)?"
    r"(?P<job>[A-ZÆØÅa-zæøå][^:()\d]{1,60}?)(?:\s+[–-]|\s*:)"
    rf"\s+(?P<who>{_NAME}(?:\s*,\s*{_NAME})*(?:\s+(?:og|\+|&)\s+{_NAME})?)\s*\.?$",
    re.IGNORECASE,
)
_NOT_A_JOB = re.compile(
    r"^(?:afbud|fraværende|fravær|til\s+stede|tilstede|deltagere|fremmødte|gæst|inviteret)\b"
    r"|(?:referent|referant|referat|\bref\b|ordstyrer|dirigent|formand|forkvinde|kasser"
    r"|sekretær|revisor|suppleant|medlem|tovholder|mødeleder|underviser|hjælper|instruktør"
    r"|træner|ansvarlig|oldermand|kontaktperson|repræsentant|mester|master|redaktør|udvalg"
    r"|gruppe|rådet|bestyrelse)",
    re.IGNORECASE,
)


def job_and_name(line: str, resolve) -> tuple[str, list[str]] | None:
    """ "Øl og vand, kaffe, småkager – Jens": the job (its words) and the known people who took
    it; None for a post ("Referent – Mie"), a name nobody knows or another kind of line."""
    m = _JOB_AND_NAME.match(line.strip())
    if not m or _NOT_A_JOB.search(m["job"].strip()):
        return None
    # a name the meeting knows, or a common first name kept as written (the review asks who)
    names = [
        resolve(n) or (n if is_first_name(n) else None)
        for n in re.split(r"\s*,\s*|\s+(?:og|\+|&)\s+", m["who"])
    ]
    if not names or None in names:
        return None
    job = m["job"].strip(" ,")
    return "Sørge for " + job[:1].lower() + job[1:], names
