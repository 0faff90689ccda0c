"""Clauses put in the order the task rules read: the doer first.

Danish puts the verb second, so after a fronted phrase the subject follows the verb ("Ang.
nadversang tager kontaktpersonen kontakt til …", "På et af de første møder … udformes
regulativer", "D. 6/5 kommer Keld og gennemgår …"); a body endorses another's task ("MR
tilslutter sig at kommunikationsudvalget tydeliggør …"); someone tells what another will do; a
task is left to others ("Det overlades til Allan og Erik at gennemføre projektet").

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.after_subclause import main_clause_first
from tracker.minutes.letters import CAPITALS
from tracker.minutes.owners import People, doers, named_doers_doing
from tracker.minutes.verbs import PASSIVE_VERBS, is_doing_verb

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
# "LHN oplyste, at SEF udarbejder og fremsender brevet": what someone said another will do;
# "FV havde et ønske om, at Byggeudvalget ser på, om …": what someone wished another to do.
_TOLD_THAT = re.compile(
    r"^.{1,60}?\b(?:oplyste|oplyser|fortalte|fortæller|meddelte|meddeler|informerede|informerer"
    r"|sagde|nævnte|ønskede|(?:havde|har)\s+et\s+ønske\s+om)\s*,?\s+at\s+(?P<rest>\S.+)$",
    re.IGNORECASE,
)

# "Det overlades til Allan, Erik og Nicolaj at gennemføre projektet", "Opgaven overdrages til
# kassereren at …" (maybe after a topic's label): the task is left to the ones named.
_LEFT_TO = re.compile(
    r"^(?:[A-ZÆØÅ][^:.]{1,60}:\s+)?(?:det|dette|opgaven|sagen)\s+(?:overlades|overdrages)\s+til\s+"
    r"(?P<who>[A-ZÆØÅ][^,.;]{1,60}?(?:,\s*[A-ZÆØÅ][^,.;]{1,30}?)*)\s+at\s+(?P<rest>[a-zæøå]{3,}e\b.*)$",
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
    pronoun = _FRONTED_PRONOUN.match(clause)
    if pronoun and (doer := doers(people).match(pronoun["rest"])):
        # "Det arbejder Ulrik og Jesper videre med" → "Ulrik og Jesper arbejder videre med det"
        subject, tail = pronoun["rest"][: doer.end()], pronoun["rest"][doer.end() :].strip()
        # (whether it is a task, "Det er Hugo glad for", is the task rules' to tell)
        return f"{subject} {pronoun['verb']} {tail.rstrip('.')} {pronoun['obj'].lower()}"
    if thing := _FRONTED_OBJECT.match(clause):  # "Det skal der tages stilling til"
        adverb = f"{thing['adv']} " if thing["adv"] else ""
        rest = f"{thing['rest']} " if thing["rest"] else ""
        return f"Der {thing['aux'].lower()} {adverb}{thing['verb']} {rest}{thing['obj'].lower()}"
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
    left = _LEFT_TO.match(clause)
    if left:  # "Det overlades til Allan og Erik at gennemføre projektet": theirs to do
        return f"{left['who']} skal {left['rest']}"
    endorsed = _ENDORSES.match(clause)
    if endorsed:
        rest = endorsed["rest"]
        return rest[:1].upper() + rest[1:]
    modal = _FRONTED_MODAL.match(clause)
    if modal and modal["who"][:1].isupper() and is_doing_verb(modal["verb"]):
        # "I forhold til X vil Leif undersøge om …" → "Leif vil undersøge om … i forhold til X"
        adverbial = modal["adv"][:1].lower() + modal["adv"][1:]
        adverbial = "" if _CONNECTIVE.fullmatch(adverbial) else " " + adverbial
        return f"{modal['who']} {modal['aux'].lower()} {modal['verb']}{modal['rest']}{adverbial}"
    passive = _FRONTED_PASSIVE.match(clause)
    if passive:
        rest, adverbial = passive["rest"], passive["adv"][:1].lower() + passive["adv"][1:]
        return f"{rest[:1].upper()}{rest[1:]} {passive['verb'].lower()} {adverbial}"
    if main := main_clause_first(clause, people):  # after_subclause.py: "Da …, vil FC anmode …"
        return main
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


# "I forhold til valgmetoden vil Leif undersøge om …", "Herefter skal Bo og Eva rydde op": a
# fronted phrase, the modal, then its doer (a name nobody need have listed) and a verb of doing.
_FRONTED_MODAL = re.compile(
    r"^(?P<adv>(?:i\s+forhold\s+til|ang\.|angående|vedr\.|vedrørende|mht\.|med\s+hensyn\s+til)"
    r"\s+[^,.]{1,60}?|herefter|derefter|efterfølgende|i\s+(?:den|denne)\s+forbindelse)\s*,?\s+"
    r"(?P<aux>vil|skal)\s+(?P<who>[A-ZÆØÅ][\wæøå-]+(?:\s+og\s+[A-ZÆØÅ][\wæøå-]+)?)\s+"
    r"(?P<verb>[a-zæøå]{3,}e)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


# "Det skal der snarest tages stilling til": the thing fronted, the passive's "der" after the
# modal ("Der skal snarest tages stilling til det").
_FRONTED_OBJECT = re.compile(
    r"^(?P<obj>Det|Dette|Den|Denne)\s+(?P<aux>skal|bør|må)\s+der\s+"
    r"(?:(?P<adv>snarest|hurtigst\s+muligt|nu|også|straks)\s+)?(?P<verb>[a-zæøå]{3,}e?s)\b\s*"
    r"(?P<rest>.*?)[.]?$"
)
# "Det sørger Bo for", "Det tager Lis sig af", "Det kigger Eva på": the thing fronted, the
# verb, its doer, the verb's particle at the end
_FRONTED_PRONOUN = re.compile(
    r"^(?P<obj>Det|Dette|Den|Denne)\s+(?P<verb>[a-zæøå]{2,}r)\s+(?P<rest>[" + CAPITALS + r"].*?\s"
    r"(?:for|af|med|på|om|til|ud)\.?)$"
)
_CONNECTIVE = re.compile(r"i\s+(?:den|denne)\s+forbindelse|derfor|samtidig|desuden|derudover")
_COMES_AND_DOES = re.compile(
    r"^(?P<doer>[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)?)(?P<source>\s+fra\s+[^,.]{1,40}?)?"
    r"\s+og\s+(?P<verb>[a-zæøå]{3,}r)\s+(?P<rest>.+)$"
)
