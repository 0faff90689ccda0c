"""One person's name in an attendance list, and what is no name: a common word, a role
("Formand", "næstformand"), a unit ("Center for Sundhed", "Finansrådet", "KMD"), initials after
a name ("Dorthe Østergaard DØ").

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.first_names import is_first_name

# Words that are no name: a part of the list holding one is a sentence or a note.
_NOT_NAME_WORDS = """
ingen intet ingenting alle samtlige godkendt vedtaget udsat taget orientering drøftelse
beslutning bemærkninger bemærkning referat dagsorden punkt punkter titel side bilag emne tid
sted dato kl evt eventuelt nej ja se jf fraværende afbud tilstede deltagere medlemmer åbent
lukket sagsnr sag resume indstilling og eller samt var er blev har havde kunne skulle deltog
deltager deltage mødte møder mødet ikke til på i om for med det som fra efter under pga
grundet ved hos men også kun udvalget rådet bestyrelsen formanden borgmesteren forvaltningen
direktøren sekretariatet administrationen ledelsen eleverne forældrene medarbejderne
repræsentanterne hele gruppen næste sidste forrige kommende mange flere nogle få enkelte
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
PARTICLES = frozenset(
    ["van", "von", "de", "der", "la", "le", "du", "da", "di", "af", "á", "bin", "el", "al"]
)
# A role or title standing alone in a list, after a name: "…, Formand", "- næstformand".
_ROLE = (
    r"(?:næst)?(?:formand|forkvinde)|kasserer|sekretær|referent|ordstyrer|dirigent|mødeleder"
    r"|(?:bestyrelses)?medlem|suppleant|stedfortræder|observatør|tilforordnet|(?:skole|afdelings"
    r"|center|område)?leder|direktør|chef|konsulent|(?:elev|forældre|medarbejder|tillids"
    r"|arbejdsmiljø)?repræsentant|gruppeformand|borgmester|rådmand|sagsbehandler"
)
ROLE_PART = re.compile(r"^(?:" + _ROLE + r")(?:en)?$", re.I)
# A unit after a name: "Center for Sundhed", "Finansrådet", "Dansk Standard", "KMD".
_UNIT_WORD = re.compile(
    r"(?:råd(?:et)?|udvalg(?:et)?|afdeling(?:en)?|forvaltning(?:en)?|sekretariat(?:et)?"
    r"|cent(?:er|ret|eret)|kommune|region(?:en)?|skole(?:n)?|styrelse(?:n)?|ministerie(?:t)?"
    r"|direktorat(?:et)?|enhed(?:en)?|team(?:et)?|gruppe(?:n)?|a/s|aps|i/s|standard|forening(?:en)?"
    r"|hospital(?:et)?|sygehus(?:et)?|psykiatri(?:en)?|klinik(?:ken)?|universitet(?:et)?|amt"
    r"|distrikt(?:et)?|forbund(?:et)?|selskab(?:et)?)$",
    re.I,
)


def is_name(text: str) -> bool:
    """One person's name: one to six words, the first capitalised, none a common word."""
    words = text.split()
    if not 1 <= len(words) <= 6 or re.search(r"\d|[:;!?]", text):
        return False
    first = words[0]
    if not (first[:1].isupper() or first.lower() in PARTICLES):
        return False
    if any(w.lower().strip(".,") in _NOT_NAMES for w in words):
        return False
    if len(words) == 1 and re.search(
        r"(?:else|ing|ning|hed|tion|sion|ende|skab|dom)$", first, re.I
    ):
        return is_first_name(first)  # "Orientering" is a word, "Flemming" a name
    lower = [w for w in words[1:-1] if not w[:1].isupper() and w.lower() not in PARTICLES]
    return not lower and not ROLE_PART.match(text.strip(". ")) and not is_unit(text)


def in_capitals(text: str) -> bool:
    """A name written in capitals ("ANNE HANSEN", "BO K. LUND"): two words or more, two of them
    of two letters or more, every letter a capital (one word in capitals is initials: "KMD")."""
    words = text.split()
    return len(words) >= 2 and text.isupper() and sum(len(w.strip(".")) >= 2 for w in words) >= 2


def is_unit(text: str) -> bool:
    """An organisation or a unit, not a person: its initials or a unit's word."""
    words = text.strip(". ").split()
    if words and words[0].isupper() and 2 <= len(words[0]) <= 5 and words[0].isalpha():
        return True  # "KMD", "ITST", "LO Storkøbenhavn": an organisation's initials
    return any(_UNIT_WORD.search(w) and (len(w) > 5 or w.lower() == "amt") for w in words)


def without_initials(name: str) -> str:
    """A name without the person's initials after it ("Dorthe Østergaard DØ", a municipality's
    lists name people so): capitals that open with the first name's letter and stand for its
    words. Other capitals ("SF", a party) are left to the other rules."""
    words = name.split()
    last = words[-1] if len(words) >= 3 else ""
    if (
        re.fullmatch(r"[A-ZÆØÅ]{2,4}", last)
        and last[0] == words[0][0]
        and len(last) <= len(words) - 1
    ):
        return " ".join(words[:-1])
    return name


# A role written before the name in a list: "Formand Aase Holm", "kasserer Jonna Lund",
# "best.medlem Kaare Holm", "suppleant Łucja Bo". Only a capitalised name may follow.
# "Formand Aase Holm"; a compound or qualified title ("Hospitalsdirektør Henning Voss",
# "Sygeplejefaglig direktør Rikke Degn", "Pio-repræsentant Birgit Jonassen", "Praksis
# koordinator Jørgen Buch"); an organisation's short name ("PLO-m Susanne Krogsgaard")
_ROLE_BEFORE = re.compile(
    r"^(?:[\wæøå]+lig\s+|praksis\s+)?("
    + _ROLE
    + r"|best\.\s?medlem|[\wæøå-]*(?:direktør|chef|konsulent|repræsentant|koordinator)"
    + r"|(?-i:[A-ZÆØÅ]{2,}-[a-zæøå]{1,3}))(?:en)?\s+",
    re.I,
)


def without_role_before(part: str) -> str:
    """A list's part without the role written before the name ("Formand Aase Holm" is Aase
    Holm); unchanged when what follows the role is no name ("Formand for festudvalget")."""
    m = _ROLE_BEFORE.match(part)
    rest = part[m.end() :] if m else ""
    return rest if rest[:1].isupper() and is_name(rest) else part


def role_before(name: str, value: str) -> str | None:
    """The role written before ``name`` in the list ``value`` ("kasserer Jonna Lund"), or None."""
    m = re.search(
        r"(?<![\w.])(" + _ROLE + r"|best\.\s?medlem)(?:en)?\s+" + re.escape(name), value, re.I
    )
    return m.group(1).lower() if m else None
