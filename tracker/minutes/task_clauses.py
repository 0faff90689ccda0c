"""A decision sentence cut into the clauses that may each be a task: at ";", before "og/men/samt"
after a comma, where a comma or a dash joins two main clauses, and where one doer does two things
("X nedsætter et udvalg og slår stillingen op"). Split out of drafts.py.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.clauses import NOT_TASK_VERBS
from tracker.minutes.letters import CAPITALS
from tracker.minutes.owners import People, doers
from tracker.minutes.people import A_NAME
from tracker.minutes.sentence_context import DONE
from tracker.minutes.titles import PASSIVE_VERBS, PRESENT, TASK_STEMS
from tracker.minutes.verbs import is_doing_verb, joins_nouns
from tracker.minutes.wording import same_subject_passive

# Clauses: at ";", before "og/men/samt" after a comma, and where a comma joins two main clauses
# ("…, denne bliver revideret", "…, Mads laver power point").
_CLAUSE_SPLIT = re.compile(
    r"\s*;\s*|,\s+(?=(?:og|men|samt)\s)"
    # "… sendt ud og aktivitetsudvalget vil følge op", "Bo kontakter Niels og vi fastholder …"
    r"|\s+(?=og\s+(?:vi|[a-zæøå]{3,}(?:udvalget|gruppen|rådet|bestyrelsen))\s+(?:vil|skal|[a-zæøå]{2,}er)\b)"
)
_SPLICE = re.compile(
    r",\s+(?=(?:denne|dette|disse|vi|han|hun)\s+(?:bliver|skal|vil|[a-zæøå]+er|[a-zæøå]+es)\b)"
    r"|(?:,|\s[–-])\s+(?=[A-ZÆØÅ][A-Za-zÆØÅæøå]*\s+(?:[a-zæøå]{2,}er|skal|vil)\b)"
    # "Torkil havde indhentet bevilling, Jørn Uz anmelder …", "Sejl til Mary, Ole Sørensen
    # prøvesejler …": a full name opens a clause of its own after a comma
    r"|,\s+(?=[" + CAPITALS + r"][a-zæøå]+(?:\s+[" + CAPITALS + r"][a-zæøå]+){1,2}\s+"
    r"(?:[a-zæøå]{2,}er|skal|vil)\b)"
    # "… samtidig med at Calle indhenter et tilbud": the other doer's own step
    r"|,?\s+samtidig\s+med\s+at\s+(?=[" + CAPITALS + r"][a-zæøå]+\s)"
    # "Samtaler gennemført – sammenskrivning udsendes senere": what is done, then the task
    r"|(?<=\w[dt])\s[–-]\s+(?=[a-zæøå]+\s+(?:" + PASSIVE_VERBS + r")\b)"
    # "Brug af banen drøftet – der indledes dialog …", "… – bestyrelsen besluttede, at …": a
    # dash before a clause of its own
    r"|\s[–-]\s+(?=(?:der|vi|[a-zæøå]{3,}(?:en|et))\s+(?:[a-zæøå]{2,}(?:er|es|ede)|skal|vil)\b)"
    # "Bo ikke til stede, medlemslisten skal opdateres": a passive clause of its own
    r"|,\s+(?=(?!(?:der|som|hvilket|hvad|det|dette|den|denne|de|disse)\b)[a-zæøå]{3,}"
    r"\s+(?:skal|bør|må)\s+(?:\w+\s+)?[a-zæøå]{3,}es\b)"
    # "Bo afslutter sagen, hvilket Eva skal undersøge prisen på …": a doer of her own
    r"|,\s+hvilket\s+(?=[A-ZÆØÅ][a-zæøå]+\s+(?:skal|vil)\s+[a-zæøå]{3,}e\b)"
    # "Løvet skader banen, så det skal samles op": the consequence is a clause of its own
    r"|,\s+så\s+(?=(?:det|den|de|disse|dette|vi|der)\s+(?:skal|bør|må)\s)"
    # "Tre tilbud blev fremlagt, hvor det blev vedtaget, at vi køber …": the decision after it
    r"|,\s+(?:hvor|hvorefter|og)\s+(?=det\s+blev\s+(?:\w+\s+)?(?:besluttet|vedtaget|aftalt)\b)"
)

# "Vi har drøftet oplægget og har følgende pointer, som skal formuleres til en tekst": what was
# said, then a thing that is to be done, its own clause ("pointer skal formuleres …").
_WHICH_SHALL = re.compile(
    r"^(?P<before>.*?\b(?P<noun>[a-zæøå]{3,}))\s*,\s+(?:som|der)\s+(?P<modal>skal|bør|må)\s+"
    r"(?P<rest>(?:(?:nu|også|derfor|snarest)\s+)?(?:" + PASSIVE_VERBS + r")\b.*)$"
)


def _which_shall(part: str) -> list[str]:
    m = _WHICH_SHALL.match(part)
    if not m:
        return [part]
    return [m["before"], f"{m['noun']} {m['modal']} {m['rest']}"]


def _unwrapped(part: str) -> str:
    """ "(bestyrelsen retter henvendelse til kommunen)": the clause inside its parentheses."""
    m = re.fullmatch(r"\(([^()]+)\)\.?", part)
    return m[1][:1].upper() + m[1][1:] if m else part


NOMINAL = re.compile(r"\budestår\b|^\s*Opfølgning\s*:", re.IGNORECASE)


def clauses_of(sentence: str) -> list[tuple[str, str]]:
    """(clause, the text its owner may be found in): a comma that joins two main clauses ("…,
    Mads laver power point") keeps each clause's doer to itself."""
    result = []
    # "(kommunens træer) (bestyrelsen retter henvendelse til kommunen)": each its own clause
    clauses = re.split(r"(?<=\))\s+(?=\()|" + _CLAUSE_SPLIT.pattern, sentence.rstrip("."))
    subject = _NAMED_SUBJECT.match(clauses[0]) if len(clauses) > 1 else None
    for clause in clauses:
        if subject and _SUBJECTLESS_MODAL.match(clause):
            # "Ditte er på skolen til december, og skal være med til at overlevere opgaven":
            # the modal's doer is the first clause's
            clause = subject[1] + " " + _SUBJECTLESS_MODAL.sub("", clause, count=1)
        parts = [p.strip() for p in _SPLICE.split(clause) if p.strip()]
        parts = [q for p in parts for q in same_subject_passive(p)]
        parts = [q for p in parts for q in _which_shall(p)]
        parts = [q for p in parts for q in _and_another_doer(p)]
        parts = [q for p in parts for q in _whose_next_step(p)]
        parts = [_unwrapped(p) for p in parts]
        for part in parts:
            result.append((part, part if len(parts) > 1 else sentence))
    return result


# A name opening the sentence as its subject: "Ditte er …", "Bo Lund har …"
_NAMED_SUBJECT = re.compile(
    r"^([A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)?)\s+(?:er|var|har|havde|[a-zæøå]{2,}er)\b"
)
# "og skal …", "og vil …": a clause that goes on without its subject
_SUBJECTLESS_MODAL = re.compile(r"^og\s+(?=(?:skal|vil|må|bør)\s)", re.IGNORECASE)


# "Der er indkøbt computer og Ernst arbejder på …", "… har ikke ændret beslutningen og
# formanden svarer de to": "og", then another doer and the present: a clause of its own.
_AND_DOER = re.compile(
    r"\s+og\s+(?=(?:formanden|kassereren|sekretæren|næstformanden|[A-ZÆØÅ][a-zæøå]+)\s+"
    r"(?:(?:vil|skal)\s+)?([a-zæøå]{2,}(?:er|år|ør|e))\b)"
)
_BACK_TO_IT = re.compile(
    r"\S+\s+(?:vil\s+|skal\s+)?\S+\s+(?:for\s+|sig\s+af\s+)?(?:det|dét|dette)\s*$"
)
_DOER_VERB = re.compile(r"[A-ZÆØÅ][a-zæøå]+\s+([a-zæøå]{3,}(?:er|år|ør))\s")
_NOT_BEFORE = frozenset(("formanden", "kassereren", "sekretæren", "næstformanden", "både"))


def _and_another_doer(part: str) -> list[str]:
    """Split before "og" and another doer when a word in small letters ends the first clause
    ("Jesper og Carsten arbejder …" is one doer pair, "formanden og kassereren" too)."""
    for m in _AND_DOER.finditer(part):
        before = part[: m.start()].rsplit(None, 1)
        word = before[-1] if before else ""
        it = _BACK_TO_IT.match(part, m.end())  # "… og Lars vil sørge for dét": the one task
        doing = is_doing_verb(m.group(1))  # "… og Vagn foreslår, at …" is said at the meeting
        # "Dorthe undersøger mulighederne på Teatret og Ove laver …": the first clause has a
        # verb of its own, so a capital before "og" ends a thing, not a pair of doers
        own = _DOER_VERB.match(part)
        small = word[:1].islower() or bool(own) and is_doing_verb(own[1])
        if len(before) > 1 and small and word not in _NOT_BEFORE and doing and not it:
            return [part[: m.start()], part[m.end() :]]
    return [part]


# "Brian udfærdiger en indkaldelse som Hanne vil rundsende": the thing made, then another
# person's step with it, told in a relative clause that ends the sentence.
_NEXT_STEP = re.compile(
    r"^(?P<main>.{3,120}?\b(?P<obj>(?:en|et|den|det|de)\s+[a-zæøå-]{3,}))\s*,?\s+som\s+"
    r"(?P<who>[A-ZÆØÅ][a-zæøå]+)\s+(?P<mod>vil|skal)\s+(?P<verb>[a-zæøå]{3,}e)\s*$"
)


# "Elsbet har lavet plakat, som Søren Høg kopierer i 6 stk.": the same, in the present tense
_NEXT_STEP_NOW = re.compile(
    r"^(?P<main>.{3,120}?\b(?P<obj>(?:(?:en|et|den|det|de)\s+)?[a-zæøå-]{3,}))\s*,\s+som\s+"
    r"(?P<who>[" + CAPITALS + r"][a-zæøå]+(?:\s+[" + CAPITALS + r"][a-zæøå]+){0,2})\s+"
    r"(?P<verb>[a-zæøå]{3,}er)\b\s*(?P<rest>.*)$"
)


def _whose_next_step(part: str) -> list[str]:
    """ "… en indkaldelse som Hanne vil rundsende" → the clause, and "Hanne vil rundsende en
    indkaldelse": the other person's step a task of its own."""
    m = _NEXT_STEP.match(part)
    if m is not None and is_doing_verb(m["verb"]):
        return [m["main"], f"{m['who']} {m['mod']} {m['verb']} {m['obj']}"]
    m = _NEXT_STEP_NOW.match(part)
    # only after a thing done ("har lavet plakat"): "Rådet formulerer et høringssvar, som
    # Grethe sender …" is one task, the council's
    if m is not None and DONE.search(m["main"]) and is_doing_verb(m["verb"]):
        return [m["main"], f"{m['who']} {m['verb']} {m['obj']} {m['rest']}".strip()]
    return [part]


def after_history(clause: str, people: People) -> str:
    """ "Ældrerådet drøftede henvendelsen og svarer borgeren …": the task is what follows."""
    m = doers(people).match(clause)
    if not m:
        return clause
    rest = clause[m.end() :]
    # "bygge- og anlægsudgifter" shares a word end: that "og" joins no clause; a word in "-r"
    # that ends the clause is a list's last thing ("viste regnskaber og budgetter"), no verb
    past = re.match(r"\s+[a-zæøå]{3,}(?:ede|te)\b.*?(?<!-)\s+og\s+([a-zæøå]{2,}r)\b(?=\s+\S)", rest)
    if past and past.group(1) not in NOT_TASK_VERBS:
        return clause[: m.end()] + " " + rest[past.start(1) :]
    return clause


# A subordinate clause begun before the "og": the verbs it joins are that clause's.
_SUBORDINATE = re.compile(r",\s+(?:hvor|som|der|når|hvis|fordi|mens|hvilket|så)\s", re.IGNORECASE)


# "De bliver rundsendt af Berit og lagt på hjemmesiden af Søren": two passives, each its doer.
_TWO_AGENTS = re.compile(
    r"^(?P<subj>.{1,60}?\s(?:bliver|blev|vil\s+blive|skal\s+blive|skal\s+være)\s+)"
    r"(?P<one>[a-zæøå]{3,}t\b[^,;]{0,60}?\s+af\s+" + A_NAME + r")\s+og\s+"
    r"(?P<two>[a-zæøå]{3,}t\b[^,;]{0,60}?\s+af\s+" + A_NAME + r")\s*\.?$"
)


def split_tasks(clause: str, people: People) -> list[str]:
    """ "X nedsætter et udvalg og slår stillingen op" is two tasks, both X's; so is "X besluttede
    at betale kontingentet og evaluere medlemskabet", and a passive done by two ("rundsendt af
    Berit og lagt på hjemmesiden af Søren")."""
    agents = _TWO_AGENTS.match(clause)
    if agents:
        return [agents["subj"] + agents["one"], agents["subj"] + agents["two"]]
    decided = doers(people, r"\s+(?:besluttede|besluttet|vedtog|aftalte)\s+at\s+").match(clause)
    if decided:
        rest = clause[decided.end() :]
        second = re.search(r"\s+og\s+(?:at\s+)?(" + TASK_STEMS + r"e)\b", rest)
        if second and second.start() > 0:
            return [
                clause[: decided.end()] + rest[: second.start()],
                clause[: decided.end()] + rest[second.start(1) :],
            ]
        return [clause]
    m = doers(people, PRESENT).match(clause)
    if not m or m.group(1) in NOT_TASK_VERBS:
        return [clause]
    rest = clause[m.end() :]
    # "… og sender dem til …" sends the same thing: one task.
    second = re.search(
        r"(?<!-)\s+og\s+([a-zæøå]{2,}r)\s+(?!(?:dem|det|den|de|disse|denne|dette)\b)", rest
    )
    if (
        not second
        or second.group(1) in NOT_TASK_VERBS
        or joins_nouns(second.group(1), rest[second.end(1) :])
    ):
        return [clause]
    if not rest[: second.start()].strip() or _SUBORDINATE.search(rest[: second.start()]):
        # "Kim udskriver og hænger op": one thing done twice over; "… en arbejdsweekend, hvor
        # vi rydder op og laver reparationer": the two verbs are the weekend's, one task
        return [clause]
    doer = clause[: m.start(1)].strip()
    return [clause[: m.end()] + rest[: second.start()], doer + " " + rest[second.start(1) :]]


def told_later(clause: str, sentence: str, text: str) -> bool:
    """A later sentence of the text names the same thing as a task of its own."""
    words = [w for w in re.findall(r"[a-zæøå]{4,}", clause.lower()) if w != "udestår"]
    if not words:
        return False
    later = text[text.find(sentence) + len(sentence) :].lower()
    return words[0][:6] in later


def split_enumeration(text: str) -> list[str]:
    """The parts of an enumeration: "a, b og c", "a samt b"."""
    parts = re.split(r",\s+|\s+samt\s+", text)
    if len(parts) >= 1:
        last = parts.pop()
        parts.extend(
            re.split(r"\s+og\s+(?=[a-zæøå])", last, maxsplit=1) if len(parts) <= 1 else [last]
        )
    return [p.strip(" .") for p in parts if p.strip(" .")]
