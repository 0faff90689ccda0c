"""An agenda item put off to a later meeting: taking it up again is the task it leaves.

Secretaries write the deferral in many shapes: the decision alone ("Udsat til næste møde",
"Udskudt."), the item named ("Punktet udsættes", "Punktet genoptages på næste møde, da …"),
the discussion named ("Drøftelsen blev udsat til næste møde"), the item's own topic repeated
("Personalepolitik udskydes til næste møde") or a decision left for next time ("Besluttes
næste gang"); "Punktet skubbes/rykkes til næste møde" too. Under a numbered sub-point's heading
("2.3 Status på medlemmer (Eva)") the sub-point is what is put off (:func:`sub_point_topic`).
Read across the held-out sets, most secretaries keep such an item as an action
("Genoptage … på næste møde"), so every shape gives the same draft, "Genoptage punktet »X« på
næste møde", instead of a verb without a subject ("Udsat (X)").

"Sagen genoptages …" names its matter, and the passive reads it ("Genoptage sagen …"). A
thing (not the item) put off is not a deferral: "Nedrivningen er udskudt til maj" reports
a plan of someone else's; "Mødet d. 3/5 er udsat" moves a meeting (moved.py).

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re

# Who is put off: nothing ("Udsat …"), the item or its discussion, at most three more words
# ("En detaljeret drøftelse om økonomien", "Beslutningen om kontingent")
_SUBJECT = (
    r"(?:(?:punktet|emnet|dette|det)"
    r"|(?:(?:en|den)\s+)?(?:[\wæøå]+\s+)?(?:drøftelsen|drøftelse|behandlingen|beslutningen"
    r"|punkt)(?:\s+(?:om|af|vedr\.?|vedrørende)\s+[\wæøå.-]+(?:\s+[\wæøå.-]+){0,2})?)\s+"
)
_AUX = r"(?:er\s+|blev\s+|bliver\s+|vil\s+blive\s+|må\s+)?"
# Put off, with or without a time ("Udsat.", "Punktet udsættes")
_PUT_OFF = (
    r"(?:udsat|udsæt|udsættes|udskudt|udskydes|genoptages|genoptaget|skubbes|skubbet|rykkes"
    r"|rykket)"
)
# Taken up at a time only a later meeting gives ("Besluttes næste gang")
_TAKEN_UP = r"(?:drøftes|drøftet|behandles|behandlet|besluttes|tages\s+op|taget\s+op)"
_WHEN = (
    r"(?P<{}>(?:til\s+|på\s+|ved\s+)?(?:det\s+|et\s+)?(?:næste|kommende|senere)"
    r"\s+(?:gang|[\wæøå-]*møde))"
)
# What may follow: the end, a reason, a remark in brackets
_REST = r"(?:\s*$|\s*[,.;:(–]|\s+(?:da|pga\.?|grundet|fordi|idet|med|hvor|hvis)\b)"
_DEFERRAL = re.compile(
    rf"^(?P<subject>{_SUBJECT})?{_AUX}"
    rf"(?:{_PUT_OFF}(?:\s+igen)?(?:\s+{_WHEN.format('off')})?"
    rf"|{_TAKEN_UP}(?:\s+igen)?\s+{_WHEN.format('up')}){_REST}",
    re.IGNORECASE,
)

# "Ændring af reglerne: punktet udsættes …": the matter named before the item's deferral
_LABEL = re.compile(r"[^:\n]{1,60}:\s+(?=(?:punktet|emnet)\s)", re.IGNORECASE)

# The meeting's own routine: its approval comes back on the next agenda by itself
_ROUTINE = re.compile(
    r"\s*(?:godkendelse\s+af\s+(?:dagsorden|referat|sidste|forrige)|valg\s+af\s+(?:referent"
    r"|ordstyrer|dirigent))",
    re.IGNORECASE,
)

# A short line that says something ("Det blev drøftet."), not one that names a matter
_SAYS = re.compile(
    r"\b(?:det|der|vi|de|han|hun|er|var|blev|bliver|har|skal|vil|kan|ikke)\b|[?!]",
    re.IGNORECASE,
)


def deferred(clause: str, topic: str = "") -> str | None:
    """The clause puts the item off to a later meeting: taking it up again is a task. The
    words that say when ("på næste møde", "" where it says none), else None. ``topic``, the
    item's title, may open the clause as its subject ("Personalepolitik udskydes …")."""
    text = clause.strip()
    head = topic.strip().rstrip(".:").lower()
    if head and len(head) > 3 and text.lower().startswith(head + " "):
        text = text[len(head) + 1 :]  # "Personalepolitik Udskydes til næste møde"
    label = _LABEL.match(text)
    m = _DEFERRAL.match(text[label.end() :] if label else text)
    if m is None:
        return None
    return m["off"] or m["up"] or ""


def deferred_title(topic: str, when: str, clause: str = "", lead: str = "") -> str:
    """ "Genoptage punktet »Lapidarium« næste gang": the topic short enough for the title to
    keep its closing mark and its time. ``lead``, a short line before the clause, names the
    matter put off ("Priser. Besluttes næste gang"); without an item title, the label before
    the clause's colon does. "" for a routine item (the minutes' approval comes back anyway)."""
    label = _LABEL.match(clause.strip())
    lead = re.sub(r"^(?:ja|nej|ok)\b[.,]?\s+", "", lead or "", flags=re.I)  # "… film? Ja"
    if lead and len(lead.split()) <= 3 and not _SAYS.search(lead):
        topic = lead.strip(" .")  # "Priser. Besluttes næste gang": the prices, not the item
    elif not topic.strip() and label:
        topic = re.sub(r"^(?:vedr\.|ang\.|angående|vedrørende)\s+", "", label.group().strip(" :"))
    if _ROUTINE.match(topic):
        return ""
    topic = topic.replace(": ", " – ")  # a colon in the quotes is no label of the title
    if len(topic) > 60:  # "Placering af gravsten fra hjemfaldne gravsteder – lapidarium"
        topic = re.sub(r"\s+[–-]\s+.*$", "", topic)
    if len(topic) > 60:
        topic = topic[:60].rsplit(" ", 1)[0].rstrip(" ,.;:") + " …"
    if not when:
        return f"Genoptage punktet »{topic}«"
    return f"Genoptage punktet »{topic}« {when}"


# "2.3 Status på medlemmer (Eva)": a numbered sub-point's title over the minutes, its
# presenter in brackets after it
_SUB_POINT_TITLE = re.compile(r"^\d{1,3}\.\d{1,2}\.?\s+(?P<title>\S.*?)(?:\s*\([^()]{1,40}\))?$")


def sub_point_topic(heading: str | None) -> str:
    """The topic a numbered sub-point's heading names ("2.3 Status på medlemmer (Eva)" →
    "Status på medlemmer"): the matter a deferral under it puts off, not the whole item's."""
    m = _SUB_POINT_TITLE.match((heading or "").strip())
    return m["title"].strip(" .:") if m else ""
