"""Who attended a meeting and who did not, in every shape a referat writes it.

Lists: "Afbud: A, B og C", "Afbud/Fraværende", "Ikke til stede: A (V) og B (A)", names with a
party, role or unit ("Trine Birk Andersen (A), Formand", "Carsten Pedersen, Finansrådet"), a
mark after a name ("Birte Kramhøft - Afbud", "Næstformand- afbud", "Annette Ankler - Deltog"),
one name a line, names run together by a PDF ("Lolan Ottesen (A) - formand Grethe Larsen (A)"),
group labels inside a list ("Forældrevalgte: Afbud fra Rikke Søndergaard.").

Sentences, in the body or an item about absence: "Der er afbud fra A, B og C.", "A og B var
fraværende.", "A deltog ikke i mødet.", "A havde meldt afbud, og B deltog i stedet.",
"B deltog som suppleant for A." (B attended, A did not). A sentence that only says someone was
away for one case ("deltog ikke i behandlingen af sagen") is no absence from the meeting. The
body's lines and an absence item's are put to the attendees by :mod:`tracker.minutes.body_absences`.

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.fields import FIELDS, alternatives
from tracker.minutes.first_names import is_first_name
from tracker.minutes.name_parts import dash_joined, parenthesised_names, two_names
from tracker.minutes.names import (
    PARTICLES,
    ROLE_PART,
    in_capitals,
    is_name,
    is_unit,
    without_initials,
    without_role_before,
)

_ABSENT_MARK = re.compile(
    r"(?:\s*[-–:,]\s*|\s+|^)\(?(?:meldt\s+)?(?:afbud|fravær|fraværende|deltog\s+ikke"
    r"|ikke\s+til\s+stede|forhindret|syg)\)?\.?$",
    re.I,
)
_ABSENT_PAREN = re.compile(
    r"\(\s*(?:meldt\s+)?(?:afbud|fravær|fraværende|ikke\s+til\s+stede|syg|sygemeldt|forhindret)"
    r"(?:\s+[\wæøå.]+){0,3}\s*\)",
    re.I,
)
# A role after a full name and a slash: "Sanne Bo/Personalerep.", "Ole Dam/Referent".
_SLASH_ROLE = re.compile(r"^(\S+(?:\s+\S+)+?[a-zæøå])\s*/\s*[A-ZÆØÅ][\wæøå]*\.?$")
_PRESENT_MARK = re.compile(r"\s*[-–:]\s*(?:deltog|til\s+stede|tilstede|mødt|fremmødt)\.?$", re.I)
# A title after a dash: "Lolan Ottesen - formand", "Peter Nørgaard – graver".
_ROLE_TAIL = re.compile(r"\s+[-–]\s*[a-zæøå][a-zæøå ]{1,40}$")
_ABSENT_PREFIX = re.compile(
    r"^(?:(?:der\s+(?:er|var)\s+)?(?:meldt\s+)?afbud\s+fra|afbud|fraværende|fravær)\s*:?\s+", re.I
)
_BULLET = re.compile(r"^\s*(?:[-*+•–·]|\u2022|\d{1,2}[.)])\s+")
# "Forældrevalgte: …"; "fra bestyrelsen: …" after "Til stede" (the group the field's label names)
_GROUP_LABEL = re.compile(r"^(?:[A-ZÆØÅ]|fra\s|for\s)[\wæøå /-]{2,40}?\s*:\s*")

_NAMES = r"(?P<names>[A-ZÆØÅ].{1,200}?)"
_STAND_IN = (
    re.compile(
        r"^(?P<absent>[A-ZÆØÅ].{1,80}?)\s+(?:havde|har)\s+meldt\s+afbud\s*,?\s+og\s+"
        r"(?P<present>[A-ZÆØÅ].{1,80}?)\s+(?:deltog|deltager|mødte|møder)\s+i\s+stedet\b",
        re.I,
    ),
    re.compile(
        r"^(?P<present>[A-ZÆØÅ].{1,80}?)\s+(?:deltog|deltager|mødte|møder|var\s+indkaldt)\s+"
        r"(?:som\s+(?:\d\.\s+)?(?:suppleant|stedfortræder)\s+)?(?:i\s+stedet\s+for|for)\s+"
        r"(?P<absent>[A-ZÆØÅ].{1,80}?)\.?$",
        re.I,
    ),
    re.compile(
        r"^(?P<present>[A-ZÆØÅ].{1,80}?)\s+(?:deltog|deltager|mødte|møder)\s+i\s+"
        r"(?P<absent>[A-ZÆØÅ].{1,80}?)s\s+sted\b",
        re.I,
    ),
    re.compile(  # "Elin Holm. I stedet deltog Ruth Lund."
        r"^(?P<absent>[A-ZÆØÅ][^,;]{1,80}?)\.?\s+I\s+stedet\s+(?:deltog|mødte)\s+"
        r"(?P<present>[A-ZÆØÅ].{1,80}?)\.?$"
    ),
)
_AWAY = (
    re.compile(r"^(?:der\s+(?:er|var)\s+)?(?:meldt\s+)?afbud\s+fra\s+" + _NAMES + r"\.?$", re.I),
    re.compile(r"^" + _NAMES + r"\s+(?:var|er)\s+fraværende\b", re.I),
    # "Henrik fraværende", "Nina afbud.": a note's short form, the whole line
    re.compile(r"^" + _NAMES + r"\s+(?:fraværende|afbud)\.?$", re.I),
    re.compile(r"^" + _NAMES + r"\s+(?:havde|har)\s+meldt\s+afbud\b", re.I),
    re.compile(
        r"^" + _NAMES + r"\s+(?:deltog|deltager)\s+ikke\s+(?:i|på)\s+(?:selve\s+)?mødet\b", re.I
    ),
    # "A var ikke til stede", "A ikke tilstede, …" (a note's short form), "A udeblev"
    re.compile(r"^" + _NAMES + r"\s+(?:(?:var\s+)?ikke\s+til\s*stede|udeblev)\b", re.I),
    # "A er syg.", "A og B var forhindret.": the whole sentence, nothing after it
    re.compile(r"^" + _NAMES + r"\s+(?:er|var)\s+(?:syg|syge|forhindret|bortrejst)\.?$", re.I),
    re.compile(r"^(?:fraværende\s+)?uden\s+afbud\s*:?\s+" + _NAMES + r"\.?$", re.I),
    # "Til stede: Alle undtagen Lis", "Alle medlemmer mødt på nær Eva og Bo.", "Til stede: alle
    # bortset fra Ane Marie og Selvan.", "Deltagere: Alle var mødt, undtagen A, B og C, der
    # havde meldt afbud."
    re.compile(
        r"^(?:(?:til\s*stede|deltagere|fremmødte?|mødt)\s*:\s*(?:alle|samtlige)\b[^.:]{0,20}?"
        r"|(?:alle|samtlige)\b[^.:]{0,30}?\b(?:mødt|til\s*stede|deltog|fremmødt)\b[^.:]{0,15}?)"
        r"\s*,?\s(?:undtagen|på\s+nær|bortset\s+fra)\s+"
        + _NAMES
        # "…, der havde meldt afbud.": why they were away
        + r"(?:,?\s+(?:der|som)\s+(?:havde|har)\s+meldt\s+(?:afbud|forfald))?\.?$",
        re.I,
    ),
)
# An absence label in the body: "Afbud: …", "Ikke til stede: …", "Deltog ikke: …": the head's
# absence labels (fields.py, their one home), also as "Der var afbud:" or "Afbud & fravær:".
ABSENT_LABEL = re.compile(
    r"^(?:(?:der\s+(?:er|var)\s+)?(?:"
    + alternatives(label for label, kind in FIELDS.items() if kind == "absent")
    + r")|(?:afbud|fravær\w*)\s*&\s*(?:afbud|fravær\w*))\s*:\s*(?P<value>.*)$",
    re.I,
)
# Those who took part some other way, told in the body: "Følgende deltog via Microsoft Teams: …",
# "Deltog virtuelt: …" (never "Deltog ikke: …").
PRESENT_LABEL = re.compile(
    r"^(?:følgende\s+)?(?:deltog|deltager|var\s+til\s*stede|mødte)"
    r"(?:\s+(?:via|på|over|pr\.?)\s+(?:microsoft\s+)?(?:teams|zoom|skype|video|telefon|link|nettet)"
    r"|\s+(?:virtuelt|online|digitalt|elektronisk|fysisk|i\s+mødet))?\s*:\s*(?P<value>[A-ZÆØÅ].*)$",
    re.I,
)
# Words without which a line tells no absence (a quick look before any pattern)
_ABSENCE_WORDS = (
    "afbud", "fravær", "stede", "deltog", "deltager", "mødte", "møder", "udeblev", "sted",
    "syg", "forhindret", "bortrejst", "undtagen", "nær", "bortset",
)  # fmt: skip
# An absence told in parentheses inside a sentence: "Vibeke byder velkommen (Charlotte er syg)"
_AWAY_ASIDE = re.compile(
    r"\((?P<names>[A-ZÆØÅ][^()]{0,60}?)\s+(?:er|var)\s+(?:syg|syge|forhindret|bortrejst"
    r"|fraværende)\)",
    re.I,
)
# "Til stede: Else, Kim og Per (afbud fra Gorm pga. sygdom)": the absent in parentheses
_AWAY_FROM_ASIDE = re.compile(
    r"\((?:meldt\s+)?afbud\s+fra\s+(?P<names>[A-ZÆØÅ][^()]{0,80}?)\)", re.I
)
_ROLL_START = re.compile(r"^(?:til\s*stede|deltagere|fremmødte|mødt)\b", re.I)
# A sentence ends after a word, not after an initial ("Emilly L. K. Pedersen").
# "Hans bemærkede, at han havde meldt afbud til sidste møde": a sentence about another meeting
_NOT_THIS_MEETING = re.compile(
    r",\s+at\s|\b(?:til|fra|på|i)\s+(?:sidste|forrige|næste|kommende)\s+møde", re.I
)
# An event's name as a sentence of its own (an item's title): "3. Julefrokost.", "Sommerfest."
_EVENT = re.compile(
    r"^(?:\d{1,2}[.):]\s*)?(?:[A-ZÆØÅ][a-zæøå]*\s+)?(?:jule|sommer|høst|forårs|efterårs)?"
    r"(?:frokost|fest|udflugt|tur|middag|reception|jubilæum|arrangement|stævne)\w*\.$",
    re.IGNORECASE,
)
# Where a sentence opens after a list of names: a capitalised word, then one in lower case that
# is no name's particle ("… Ingelise Tanja deltager som suppleant", never "Anne van Dijk")
SENTENCE_START = re.compile(
    r"\s+(?=[A-ZÆØÅ][a-zæøå]+\s+(?!(?:" + "|".join(sorted(PARTICLES)) + r")\b)[a-zæøå])"
)
# A name's short forms ("Flemming Chr. Hansen", "Jens Kr. Lund"): their dot ends nothing
_SHORT_FORMS = ("Chr", "Kr", "Joh", "Jac", "Fr", "Th")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\b[A-ZÆØÅ]\.)"
    + "".join(rf"(?<!\b{short}\.)" for short in _SHORT_FORMS)
    + r"\s+(?=[A-ZÆØÅ])"
)
_REASON = re.compile(r"\s+(?:pga\.?|grundet|på\s+grund\s+af|som\s+følge\s+af)\s.*$", re.I)


def _parts(value: str) -> list[str]:
    """The list split into its parts; a parenthesis ("(A)", "(formand)") dropped, but
    names a PDF ran together after one ("Ole Bollesen (A) Niels Viderø (A)") kept apart."""
    value = re.sub(_ABSENT_PAREN, " - afbud", value)  # "Helle Nielsen (Fravær)"
    # "Ole Dahl – Pia Lund (referent) – Kim Holm": the dashes part the names, the role goes;
    # "Bo Holm(BH)- Eva Lund(EL)": a dash after a name's parenthesis parts the names too
    value = re.sub(r"\([^()]*\)", "()", parenthesised_names(dash_joined(value)))
    value = re.sub(r"-?\(\)(?:\s*[-–]\s*[a-zæøå]+)?(?:\s*[-–])?\s+(?=[A-ZÆØÅ])", "(), ", value)
    value = value.replace("()", "")
    # ("Veterinær- og Landbohøjskole": one name of a unit, its first word's end left out)
    parts = re.split(r"\s*[,;\t]\s*|(?<!-)\s+(?:og|samt|&)\s+", dash_joined(value))
    return [name for p in parts for name in two_names(without_role_before(p.strip(" .")))]


def _described(parts: list[str], value: str = "") -> list[str]:
    """One person and what they are: "Anne-Marie Sejer, Oplysningsforbundene", "Ruth Jensen,
    LyngbyGuiderne" — a full name, then no other full name: the rest describe it (a mark of
    absence after it is kept)."""
    if len(parts) < 2 or len(parts[0].split()) < 2 or not is_name(parts[0]):
        return parts
    if re.search(r"\s(?:og|samt|&)\s+\S+\W*$", value):
        return parts  # "Kaj Berg og Lis": a list, the last joined by "og"
    if any(len(p.split()) >= 2 and is_name(p) and not is_unit(p) for p in parts[1:]):
        return parts  # (not "Regionshospitalet Gødstrup": a unit, where the person works)
    if any(is_first_name(p) for p in parts[1:]):
        return parts  # "Niels Otto, Martin, Jesper": first names after a full name, a list
    return parts[:1] + [p for p in parts[1:] if _ABSENT_MARK.search(p)]


_INITIALS = re.compile(r"[A-ZÆØÅ]{2,5}")


def clean_value(text: str) -> str:
    """A list line without its bullet or group label ("• …", "Forældrevalgte: …")."""
    text = _BULLET.sub("", text).strip()
    if not ABSENT_LABEL.match(text):
        text = _GROUP_LABEL.sub("", text, count=1)
    return text.strip()


def parse_attendees(value: str, absent: bool = False) -> list[tuple[str, bool]]:
    """(name, present) for each name in a list; ``absent`` when the list is of the absent.

    Parts that are no name (a role, a unit, a note, a sentence) are left out; a mark after a
    name ("- Afbud", "(fraværende)") or a role with one ("Næstformand- afbud") marks it absent.
    """
    value = clean_value(value)
    if _ABSENT_PREFIX.match(value):
        value, absent = _ABSENT_PREFIX.sub("", value), True
    if not _stand_ins(value):
        # the list ends where a sentence or a label begins: "A og B. Det har ikke været muligt
        # at …", "A og B. Note: Bestyrelsen er …"
        # (not after a name's short form: "Flemming Chr. Hansen og Jonna Møller")
        value, *after = re.split(
            r"(?<=[a-zæøå)]{2})" + "".join(rf"(?<!\b{short})" for short in _SHORT_FORMS) + r"\.\s+"
            # "Karin Andersen. Leif Eilertsen indkaldt som stedfortræder": a sentence after it
            r"(?=[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)*(?:\s+(?!og\b|samt\b)[a-zæøå]|:))",
            value,
            maxsplit=1,
        )
        # "Sanne, Tine og Kristian. Nina afbud.": the sentence after it may tell an absence
        told = absences_in_text(after[0]) if after else []
        if told:
            return parse_attendees(value, absent) + told
    result: list[tuple[str, bool]] = []
    for sentence in _stand_ins(value):
        result.append(sentence)
    if result:
        return result
    initials = [p for p in _parts(value) if p]
    if len(initials) >= 3 and all(_INITIALS.fullmatch(p) for p in initials):
        # "Afbud: POFV, LH, RSS": a parish council's list of its members by their initials
        return [(p, not absent) for p in initials]
    for part in _described(_parts(value), value):
        present = not absent
        if _ABSENT_PREFIX.match(part):
            part, present = _ABSENT_PREFIX.sub("", part), False
        if _ABSENT_MARK.search(part):
            part, present = _ABSENT_MARK.sub("", part).strip(" -–,"), False
        part = _ROLE_TAIL.sub("", _PRESENT_MARK.sub("", part)).strip(" -–,.")
        part = _SLASH_ROLE.sub(r"\1", part)  # "Lis Holm/Ordstyrer": the role after a slash
        part = without_initials(part)  # "Lars Køster Svendsen LK"
        part = part.title() if in_capitals(part) else part  # "ANNE HANSEN" is Anne Hansen
        role = re.sub(r"[-–\s]+$", "", part)
        if ROLE_PART.match(role) or not part:
            if not present and result:
                result[-1] = (result[-1][0], False)  # "Christian W (C), Næstformand- afbud"
            continue
        if is_name(part):
            result.append((part, present))
        elif not present and _SEATED_GROUP.fullmatch(part):
            result.append((part, False))  # "Fraværende: Elevrådet, …": its members' seats
    return result


# A group with seats on a school's or an institution's board: absent as one ("Elevrådet")
_SEATED_GROUP = re.compile(
    r"(?:Elev|Ungdoms|Medarbejder|Personale)(?:rådet|repræsentant(?:en|erne)?)", re.IGNORECASE
)


def looks_like_names(value: str) -> bool:
    """A list of names (or an absence line): every part a name, a role or a unit."""
    value = clean_value(value)
    value = _ABSENT_PREFIX.sub("", value)
    parts = [p for p in _parts(value) if p]
    if not parts or any(_is_sentence(p) for p in parts):
        return False
    if not parse_attendees(value):
        return False
    # "Janni Bo, De almene boligorganisationer": one person
    for part in _described(parts, value):
        bare = _PRESENT_MARK.sub("", _ABSENT_MARK.sub("", part)).strip(" -–,.")
        bare = _ROLE_TAIL.sub("", bare).strip(" -–,.")
        # a group in lower case beside the names is no sentence ("Stephan, eleverne")
        group = re.fullmatch(r"[a-zæøå]+", bare) is not None
        # a description in lower case after a name: "Ye Li, etnisk repræsentant"
        described = bare[:1].islower() and len(bare.split()) <= 6 and part is not parts[0]
        if (
            not (not bare or is_name(bare) or ROLE_PART.match(bare) or is_unit(bare) or group)
            and not described
        ):
            return False
    return True


def names_line(text: str) -> bool:
    """A line of an attendance list: names, or a stand-in ("A. I stedet deltog B.")."""
    return looks_like_names(text) or bool(_stand_ins(clean_value(text)))


def _is_sentence(part: str) -> bool:
    return len(part.split()) > 8 or bool(re.search(r"[!?]|\s(?:er|var|blev|har|havde)\s", part))


def _stand_ins(text: str) -> list[tuple[str, bool]]:
    """ "B deltog i stedet for A", "A havde meldt afbud, og B deltog i stedet": B yes, A no."""
    for pattern in _STAND_IN:
        m = pattern.match(text.strip())
        if m:
            present = parse_attendees(m.group("present"))
            away = parse_attendees(m.group("absent"))
            if present and away:
                return [(n, True) for n, _ in present] + [(n, False) for n, _ in away]
    return []


def _may_tell_absence(text: str) -> bool:
    """Most lines tell no absence: a look for its words says so, before any pattern."""
    low = text.lower()
    return len(text) <= 400 and any(word in low for word in _ABSENCE_WORDS)


def absences_in_text(text: str) -> list[tuple[str, bool]]:
    """(name, present) told by one line of the body: an absence label or sentence, a stand-in,
    those who took part online; nothing when it tells no absence."""
    if not _may_tell_absence(text):
        return []
    text = _BULLET.sub("", text).strip()
    found: list[tuple[str, bool]] = []
    there = PRESENT_LABEL.match(text)
    if there:  # "Følgende deltog via Microsoft Teams: A, B og C."
        value = there["value"].strip(" .")
        return parse_attendees(value) if looks_like_names(value) else []
    m = ABSENT_LABEL.match(text)
    if m:
        # "Afbud: A og B. Uden afbud C.": the list, then sentences of their own
        value, *rest = _SENTENCE_END.split(m.group("value"), maxsplit=1)
        value = _REASON.sub("", value)
        if looks_like_names(value):
            found = [(n, False) for n, _ in parse_attendees(value)]
        if not rest:
            return found
        text = rest[0]
    roll = _ROLL_START.match(text)  # "(afbud fra Gorm)" in the list of who attended
    for aside in [*_AWAY_ASIDE.finditer(text), *(_AWAY_FROM_ASIDE.finditer(text) if roll else ())]:
        names = _REASON.sub("", aside["names"]).rstrip(" ,")  # "Gorm pga. sygdom": Gorm
        if looks_like_names(names):
            found += [(n, False) for n, _ in parse_attendees(names)]
    previous = ""
    for sentence in _SENTENCE_END.split(text):
        sentence, before = sentence.strip(), previous
        previous = sentence
        if _EVENT.match(before):
            continue  # "3. Julefrokost. Afbud fra A og B": away from the party, not the meeting
        stand_in = _stand_ins(sentence)
        if stand_in:
            found += stand_in
            continue
        for pattern in _AWAY:
            m = pattern.match(sentence)
            if m:
                names = _REASON.sub("", m.group("names")).strip(" .")
                # "Udskydes, da Anna er fraværende": the names after the clause's conjunction
                names = re.split(r",?\s+(?:da|fordi|idet|eftersom)\s+(?=[A-ZÆØÅ])", names)[-1]
                if looks_like_names(names) and not _NOT_THIS_MEETING.search(sentence):
                    found += [(n, False) for n, _ in parse_attendees(names)]
                    break
                # "Deltagere: Alle var mødt, undtagen A og B, der havde meldt afbud": no names
                # before "havde meldt afbud"; the next shape reads them
    return found


# The minutes' first sentence after a list of names: "… Mødet blev gennemført …"
_FIRST_SENTENCE = re.compile(
    r"\s+(?=(?:Mødet|Dagsorden(?:en)?|Referatet|Der|Det|Formanden|Bestyrelsen|Udvalget"
    r"|Rådet)\s+[a-zæøå])"
)


def names_before_sentence(value: str) -> str:
    """A list of names that runs on into the minutes' first sentence ("Michael Burgess Mødet
    blev gennemført …"): the names; the value as it is otherwise."""
    if looks_like_names(value):
        return value
    # "Vibeke Jensen som af helbredsgrunde …": the clause about them goes first
    value = re.split(r"\s+(?:som|der|da|fordi)\s", _REASON.sub("", value), maxsplit=1)[0]
    names = _FIRST_SENTENCE.split(value, maxsplit=1)[0].strip(" .")
    if not looks_like_names(names):  # "Ingelise Tanja deltager som suppleant …": Ingelise
        names = _before_named_sentence(names)
    return names if looks_like_names(names) else value


def _before_named_sentence(value: str) -> str:
    """The names before a sentence that a first name opens ("Ingelise Tanja deltager …"),
    never cut inside a name ("Jesper Rasmussen punkt 2-3")."""
    for start in SENTENCE_START.finditer(value):
        if is_first_name(value[start.end() :].split(maxsplit=1)[0]):
            return value[: start.start()].strip(" .")
    return value
