"""A reminder told to everyone: "Der gøres opmærksom på at huske at søge refusion …", "Alle
bedes huske at betale kontingent": the thing to remember is the task ("Husk at …" at the start
is an imperative, read as one already). And a need said without its verb: "Der skal mere fyld i
banerne" is "Få mere fyld i banerne"; "Der skal på næste møde være et punkt om X" is "Sætte et
punkt om X på næste møde".

Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.verbs import is_doing_verb

_REMEMBER = re.compile(
    r"^(?P<lead>.{3,80}?)\s+huske\s+at\s+(?P<verb>[a-zæøå]{3,}e)\s+(?P<rest>\S.*?)\s*\.?$",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"\b(?:opmærksom\s+på\s+at|bedes|opfordres\s+til\s+at|mindes\s+om\s+at)$",
    re.IGNORECASE,
)


def reminder(text: str) -> str | None:
    """ "huske at søge refusion …" when the clause reminds the readers to do something, or
    None."""
    m = _REMEMBER.match(text.strip())
    if m is None or not _LEAD.search(m["lead"]) or not is_doing_verb(m["verb"]):
        return None
    return f"huske at {m['verb'].lower()} {m['rest']}"


# "Der skal mere grus på stien", "Der skal nye net i målene": a thing to get somewhere
_NEED = re.compile(
    r"^Der\s+skal\s+(?:også\s+|snarest\s+)?(?P<what>(?:mere|nyt?|nye|flere)\s+[\wæøå-]+"
    r"(?:\s+[\wæøå-]+)?)\s+(?P<where>(?:i|på|ind\s+i|op\s+på|ud\s+på)\s+\S.*?)\s*\.?$",
    re.IGNORECASE,
)


# "Det blev besluttet, at der på næste forældremøde skulle være et punkt om hjemmesiden": a
# point to put on a coming meeting's agenda ("skulle": the decision told in the past).
_POINT = re.compile(
    r"^(?:.{0,40}?\b(?:besluttet|aftalt|vedtaget|enighed\s+om),?\s+at\s+)?der\s+"
    r"(?P<when>(?:på|til)\s+(?:næste|kommende|det\s+næste)\s+[\wæøå-]+)\s+(?:skal|skulle)\s+"
    r"(?:være|sættes|komme)\s+(?:et\s+)?punkt\s+(?:om|med|vedr\.?|angående)\s+(?:mhp\.?\s+)?"
    r"(?P<what>\S.*?)\s*\.?$",
    re.IGNORECASE,
)


# "… så det er nødvendigt at søge midler fra 5%-midlerne": what must be done
_NECESSARY = re.compile(
    r"^(?:.{0,80}?,\s*(?:så\s+)?)?(?:det|der)\s+er\s+(?:derfor\s+)?(?:nødvendigt|påkrævet"
    r"|et\s+behov\s+for)\s+at\s+(?P<what>[a-zæøå]+e\b.*?)\s*\.?$",
    re.IGNORECASE,
)


def needed(text: str) -> str | None:
    """ "få mere fyld i banerne" for "Der skal mere fyld i banerne", "sætte et punkt om X på
    næste møde" for "Der skal på næste møde være et punkt om X", "søge midler" for "det er
    nødvendigt at søge midler", or None."""
    necessary = _NECESSARY.match(text.strip())
    if necessary and is_doing_verb(necessary["what"].split()[0]):
        return necessary["what"]
    point = _POINT.match(text.strip())
    if point:
        return f"sætte et punkt om {point['what'][:1].lower()}{point['what'][1:]} {point['when']}"
    m = _NEED.match(text.strip())
    if m is None or is_doing_verb(m["what"].split()[-1]):
        return None
    return f"få {m['what']} {m['where']}"
