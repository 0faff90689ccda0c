"""The task a referral, a wish or a remark on an approval names, and who it is for.

"Fremsendes til Magistratsafdelingen for Børn og Unge med henblik på udarbejdelse af en
indstilling" is the department's task "Udarbejde en indstilling"; "Bestyrelsen ønsker en
evaluering af ordningen forelagt i juni" is "Forelægge en evaluering af ordningen"; "Godkendt med
den bemærkning, at …" has the remark as its task.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.appointments import meeting_to_hold
from tracker.minutes.bodies import UNIT_PATTERN, genitive_owner
from tracker.minutes.clauses import strip_lead
from tracker.minutes.letters import small_first
from tracker.minutes.reminders import needed, reminder
from tracker.minutes.replies import approved_reply
from tracker.minutes.verbs import is_doing_verb

_UNIT_START = re.compile(UNIT_PATTERN)

# "Fremsendes til Magistratsafdelingen for Børn og Unge med henblik på udarbejdelse af en
# indstilling": the department prepares the recommendation.
_REFERRAL = re.compile(
    r"^(?:Fremsendes|Oversendes|Sendes|Videresendes|Tilbagesendes)\s+(?:\w+\s+){0,3}?til\s+"
    r"(?P<to>.+?)\s+med\s+henblik\s+på\s+(?P<what>[a-zæøå]+(?:else|ing))\s+(?:af\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
# "… udsætte sagens behandling med henblik på forvaltningens besvarelse af udvalgets spørgsmål"
_FOR_SOMEONE = re.compile(
    r"\bmed\s+henblik\s+på\s+(?P<who>[\wæøå-]+s)\s+(?P<what>[a-zæøå]+(?:else|ing))\s+(?:af\s+)?"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
# "Bestyrelsen ønsker en evaluering af ordningen forelagt i juni"
_WISH_DELIVERED = re.compile(
    r"\bønsker?(?:de)?\s+(?:at\s+få\s+)?(?P<what>(?:en|et|de|den|det)\s+[^,.]{3,100}?)\s+"
    r"(?P<done>forelagt|fremlagt|belyst|undersøgt|udarbejdet|beskrevet|afklaret|vurderet"
    r"|præsenteret|tilsendt|fremsendt|udsendt|uddybet|genbehandlet|opdateret|revideret)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Udvalget ønsker en orientering om status på næste møde": the thing wished for is the task.
_WISH_THING = re.compile(
    r"\bønsker?(?:de)?\s+(?:at\s+få\s+)?(?:en|et)\s+(?P<what>(?:ny\s+|nærmere\s+|samlet\s+)?"
    r"(?:orientering|redegørelse|status|notat|oplæg|evaluering|beskrivelse|analyse|vurdering"
    r"|overblik|oversigt|tilbagemelding|uddybning|præsentation|afklaring|handleplan)\b.*)$",
    re.IGNORECASE,
)
_WISH_TOLD = re.compile(
    r"\bønsker?(?:de)?\s+at\s+blive\s+(?:orienteret|informeret)\s+(?P<rest>.*)$", re.I
)
# "Godkendt med den bemærkning, at …": the remark is the task.
_REMARK = re.compile(
    r"^(?:[\wæøå-]+\s+){0,2}(?:godkendt|godkendes|vedtaget|anbefales|tiltrådt)\s+med\s+"
    r"(?:den|denne|følgende|de)\s+(?:bemærkning|tilføjelse|ændring|præcisering)(?:er)?\s*"
    r"(?::\s*|,?\s+at\s+)(?P<rest>.+)$",
    re.IGNORECASE,
)
# An approved proposal to do something: its task is what it proposes.
_APPROVED_PROPOSAL = re.compile(
    r"^(?:forslaget|indstillingen|anbefalingen)\s+om\s+at\s+(?P<rest>.+?)\s+(?:godkendes|vedtages"
    r"|tiltrædes|anbefales)\s*\.?$",
    re.IGNORECASE,
)
# "Udarbejdelse af mødeplan for næste år": a task named by its verb's noun.
_PARTICIPLE_TO_INFINITIVE = {
    "forelagt": "forelægge", "fremlagt": "fremlægge", "belyst": "belyse", "undersøgt": "undersøge",
    "udarbejdet": "udarbejde", "beskrevet": "beskrive", "afklaret": "afklare",
    "vurderet": "vurdere", "præsenteret": "præsentere", "tilsendt": "tilsende",
    "fremsendt": "fremsende", "udsendt": "udsende", "uddybet": "uddybe",
    "genbehandlet": "genbehandle", "opdateret": "opdatere", "revideret": "revidere",
}  # fmt: skip
_AT_THE_MEETING = ("evaluering", "behandling", "gennemgang", "drøftelse", "godkendelse")
_NOUN_TO_VERB = {
    "planlægning": "planlægge", "stillingtagen": "tage stilling til", "indkøb": "indkøbe",
    "revision": "revidere", "reparation": "reparere",
}  # fmt: skip
# "Udarbejdelse af mødeplan", "Indkøb af fadderbreve (Thomas)": the noun of a verb of doing
_NOMINAL_TASK = re.compile(
    r"^(?P<what>[A-ZÆØÅ][a-zæøå]+(?:else|ing)|(?i:" + "|".join(_NOUN_TO_VERB) + r"))"
    r"\s+af\s+(?P<rest>[^,;]+)$"
)
# "Husorden i køkken - revision (Mette)": the thing, a dash, the noun of the doing, and who
# does it (without them it is a topic's heading: "Sommerfest - planlægning")
_NOMINAL_AFTER = re.compile(
    r"^(?P<rest>[A-ZÆØÅ][^,;–-]+?)\s+[-–]\s+(?P<what>[a-zæøå]+(?:else|ing)|(?i:"
    + "|".join(_NOUN_TO_VERB)
    + r"))\s*(?P<owners>\([^()]+\))$"
)


def _verb_of(noun: str) -> str:
    """ "udarbejdelse" → "udarbejde", "vurdering" → "vurdere", "behandling" → "behandle"."""
    noun = noun.lower()
    if noun in _NOUN_TO_VERB:
        return _NOUN_TO_VERB[noun]
    if noun.endswith("else"):
        return noun[:-4] + "e"
    if noun.endswith("ering"):
        return noun[:-3] + "e"
    return noun[:-3] + "e" if noun.endswith("ing") else noun


# One who is to receive a thing: "Bo Lind er valgt som kasserer og vil få overdraget kassen",
# "Eva skal have tilsendt listen": the thing is to be handed over to them.
_RECEIVES = re.compile(
    r"^(?P<who>[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)?)\s+(?:[^,;]{0,80}?\s+og\s+)?"
    r"(?:vil|skal)\s+(?:få|have)\s+(?P<verb>overdraget|tilsendt|udleveret)\s+(?P<what>\S.*?)\s*\.?$"
)
_TO_GIVE = {"overdraget": "overdrage", "tilsendt": "sende", "udleveret": "udlevere"}
# A thing to put up where the members read: "Tilmeldingsliste kommer på opslagstavlen snarest",
# "Referatet kommer på hjemmesiden"
_PUT_UP = re.compile(
    r"^(?P<what>[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){0,4}?)\s+(?:kommer|komme)\s+(?:op\s+)?på\s+"
    r"(?P<where>(?:\w+s\s+)?(?:hjemmeside(?:n)?|opslagstavlen|facebook|nettet|intra|aula"
    r"|forældreintra))\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def task_of(text: str) -> tuple[str, list[str]] | None:
    """(the task's words, its owners) when the clause names a task in another form than its own
    verb: a referral with a purpose, a wish for something delivered, a remark on an approval,
    the noun of a verb of doing ("Udarbejdelse af mødeplan for næste år")."""
    text = strip_lead(text)
    if reply := approved_reply(text):  # "… spørger om … -> OK til at indkøbe et telt"
        return reply
    if meeting := meeting_to_hold(text):  # "Formanden har møde med Bo i næste uge"
        return meeting
    if remember := reminder(text) or needed(text):  # "… huske at søge …", "Der skal mere grus på"
        return remember, []
    if given := _RECEIVES.match(text):  # "Bo … vil få overdraget kassen": hand it over to Bo
        # "… tilsendt vedtægterne og deltage i næste møde": what Bo then does is no part of it
        what = re.split(r"\s+og\s+(?=[a-zæøå]+e\s+(?:i|på|til|med|ved)\s)", given["what"])[0]
        return f"{_TO_GIVE[given['verb'].lower()]} {what} til {given['who']}", []
    if put := _PUT_UP.match(text):  # "Tilmeldingsliste kommer på opslagstavlen": put it up
        what = small_first(put["what"])
        return f"sætte {what} på {put['where']}{put['rest'].rstrip('.')}", []
    after = _NOMINAL_AFTER.match(text)
    nominal = _NOMINAL_TASK.match(text) or after
    # "Evaluering af kurset med Bo.", "Behandling af aktionslisten.": what the meeting did, not
    # a task ("Evaluering af arbejdsdagen 25. april" has a day: a task for then)
    dated = re.search(r"\d{1,2}\.\s*[a-zæøå]|\d{1,2}[/.-]\d{1,2}", text)  # not an item's "10."
    held = nominal and nominal["what"].lower() in _AT_THE_MEETING and not dated
    if nominal and not held and is_doing_verb(_verb_of(nominal["what"]).split()[0]):
        owners = f" {after['owners']}" if after else ""
        rest = nominal["rest"]
        if after and re.match(r"[A-ZÆØÅ][a-zæøå]", rest):
            rest = rest[0].lower() + rest[1:]  # "Husorden i køkken" led the line, now the object
        return f"{_verb_of(nominal['what'])} {rest}{owners}", []
    approved = _APPROVED_PROPOSAL.match(text)
    if approved:  # "Forslaget om at udskyde vurderingen til 2013 godkendes"
        return approved["rest"], []
    lower = text.lower()
    if not any(
        word in lower for word in ("henblik", "ønske", "godkend", "vedtag", "anbefal", "tiltr")
    ):
        return None  # the common case, without reading the patterns below
    m = _REFERRAL.match(text)
    if m:
        rest = _cut_reference(m["rest"])
        return f"{_verb_of(m['what'])} {rest}", _receivers(m["to"])
    m = _FOR_SOMEONE.search(text)
    if m and re.search(
        r"\b(?:uds(?:æt|kyd)\w*|udsat|fremsend\w*|oversend\w*|send\w*)\b", text, re.I
    ):
        return f"{_verb_of(m['what'])} {_cut_reference(m['rest'])}", [genitive_owner(m["who"])]
    m = _WISH_DELIVERED.search(text)
    if m:
        verb = _PARTICIPLE_TO_INFINITIVE[m["done"].lower()]
        return f"{verb} {m['what']}{m['rest']}", []
    m = _WISH_THING.search(text)
    if m:
        return m["what"][:1].upper() + m["what"][1:], []
    m = _WISH_TOLD.search(text)
    if m:
        return f"orientere {m['rest']}", []
    m = _REMARK.match(text)
    if m:
        return m["rest"], []
    return None


def _cut_reference(text: str) -> str:
    """The words of a task without "jf. byrådets vedtagelse …" and the like after it."""
    return re.split(r",?\s+(?:jf\.|jævnfør|i\s+henhold\s+til|efter\s+aftale)\s", text, maxsplit=1)[
        0
    ]


def _receivers(words: str) -> list[str]:
    """ "Magistratsafdelingen for Sociale Forhold og Beskæftigelse og Magistratsafdelingen for
    Børn og Unge" → the two departments."""
    found = [m.group(0) for m in _UNIT_START.finditer(words)]
    if found:
        return found
    first = re.split(r"\s+(?:til|med)\s+", words)[0]
    return [first[:1].upper() + first[1:]] if first else []
