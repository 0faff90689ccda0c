"""An item's title and its minutes on the heading's one line, in the shapes where the title's
end is told by what follows it: "Bestyrelsens beretning – Daniel berettede om året …" (a dash
or a comma, then a sentence with its subject and verb) and "Opfølgning: Værdier i
samarbejdet. Der skulle …" (the kind of item and its topic, then the minutes); and a web
page's bold title glued to its text, the line break lost: "RegnskabLene fortalte, at alle har
betalt."

Used by :mod:`tracker.minutes.heading_candidates`. Pure module: stdlib only.
"""

from __future__ import annotations

import re

from tracker.minutes.heading import MINUTES_WORD, short_title

# "Opfølgning: Værdier i samarbejdet. Der skulle …": a word for the kind of item, its topic (a
# phrase, no sentence: tracker.minutes.heading.short_title), then the minutes
_KIND_TOPIC = re.compile(
    r"^(?P<kind>(?i:opfølgning|orientering|drøftelse|temadrøftelse|tema|status|evaluering"
    r"|høring|forslag|information|opsamling|præsentation|oplæg))\s*:\s+"
    r"(?P<topic>[A-ZÆØÅ][^.:!?]{2,80}?)\.\s+(?P<rest>[A-ZÆØÅ]\S*\s.*)$"
)
# "Bestyrelsens beretning – Daniel berettede om året …": a title, a dash, then a sentence whose
# subject (a name, "Vi", "Formanden") is followed by its verb in the past or "blev", "har" …
_TITLE_DASH_TEXT = re.compile(
    r"^(?P<title>[A-ZÆØÅ][^–-]{2,60}?)\s+[–-]\s+(?P<rest>[A-ZÆØÅ][\wæøå]*(?:\s+[A-ZÆØÅ][\wæøå]*)?"
    r"\s+(?:[a-zæøå]{2,}(?:ede|te)|blev|har|havde|var|er|gennemgik|fortalte)\b.*)$"
)

# "Arkivalier, Hugo omtalte Hobbybladet …", "Bordet rundt, status på …, Covid-19 blev omtalt.":
# the same with a comma (the title may hold commas of its own; the sentence's verb comes second)
_TITLE_COMMA_TEXT = re.compile(
    r"^(?P<title>[A-ZÆØÅ][^.:!?]{2,80}?),\s+(?P<rest>[A-ZÆØÅ][\wæøå.-]*(?:\s+[A-ZÆØÅ][\wæøå]*)?"
    r"\s+(?:[a-zæøå]{2,}(?:ede|te)|blev|bliver|har|havde|var|er|må|kan|skal|vil|kom|bød|gik"
    r"|fik|gav|tog|så)\b.*)$"
)


# "LegepladsenLegepladsen er blevet …", "RegnskabLene Bøttcher fortalte …": a title of up to
# six words whose last letter runs into the capital of the text's first word
_GLUED = re.compile(
    r"^(?P<title>[A-ZÆØÅ](?:[\wæøå,-]*\s){0,5}?[\wæøå-]*[a-zæøå]{3})"
    r"(?P<rest>(?P<word>[A-ZÆØÅ][a-zæøå]+)(?:\s.*)?)$"
)
# A verdict or a "no" as the text's first word: "EventueltIntet", "HavenIkke den store …"
_VERDICT_WORD = re.compile(r"(?:Intet|Ingen|Ikke|Godkendt|Vedtaget|Udsat)$")
# A product's name is one word with two capitals, not a title glued to text: "MobilePay"
_PRODUCT_TAIL = re.compile(
    r"(?:Pay|Point|Agenda|Drive|Tube|In|App|Book|Box|Time|Net|Mail|Care|Hub|Lab|Pro|Shop"
    r"|Share|Team|Pad|Phone|Doc)$"
)


# "Godkendelse af referat... Godkendt", "Status på hjælpere… det fungerer": an ellipsis between
# a short title and its minutes
_ELLIPSIS = re.compile(r"^(?P<title>[A-ZÆØÅ][^.…:]{2,60}?)\s*(?:\.{3,}|…)\s*(?P<rest>\w.*)$")


# "Kirkegårdsvedtægt/takstblad. a. Vedtægten: Forslag til ny tekst.": a title, then its first
# lettered sub-point run in ("a.", "a)"); "b." follows on the next lines
_FIRST_POINT = re.compile(r"^(?P<title>[A-ZÆØÅ][^.:!?]{2,60}?)[.:]\s+(?P<rest>a[.)]\s+\S.*)$")


# "Ansøgning om ny belysning Det blev besluttet, at …": a table's title and decision cells on
# one line; the decision opens with an impersonal "Det/Der blev …" after the title's last word
_TITLE_DECIDED = re.compile(
    r"^(?P<title>[A-ZÆØÅ][^.:!?]{2,80}?[a-zæøå0-9)])\s+"
    r"(?P<rest>D(?:et|er)\s+(?:blev|besluttedes|vedtoges|aftaltes)\s.*)$"
)


# "Konsulenterne Den nye konsulent blev budt velkommen …": a short title (up to five words, the
# last one small-lettered), then a sentence opening with a pronoun or article in capitals and a
# small word after it; the sentence's verb comes within its first eight words
_TITLE_SENTENCE = re.compile(
    r"^(?P<title>[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){0,4}?[a-zæøå])\s+"
    r"(?P<rest>(?:Den|Det|Der|De|Vi|Man|Han|Hun)\s+[a-zæøå][\wæøå-]*\s.*)$"
)


def _sentence_run_on(title: str) -> tuple[str, str] | None:
    """The title, then a sentence with its verb ("Den nye konsulent … blev budt velkommen")."""
    m = _TITLE_SENTENCE.match(title)
    if m is None or not short_title(m["title"]):
        return None
    opening = " ".join(m["rest"].split()[:8])
    return (m["title"], m["rest"]) if MINUTES_WORD.search(opening) else None


def title_and_minutes(title: str) -> tuple[str, str] | None:
    """(title, minutes) of a heading line in one of the module's shapes, else None."""
    if said := _sentence_run_on(title):
        return said
    decided = _TITLE_DECIDED.match(title)
    if decided and short_title(decided["title"]):
        return decided["title"], decided["rest"]
    point = _FIRST_POINT.match(title)
    if point and short_title(point["title"]):
        return point["title"], point["rest"]
    ellipsis = _ELLIPSIS.match(title)
    if ellipsis and short_title(ellipsis["title"]):
        return ellipsis["title"], ellipsis["rest"]
    dashed = _TITLE_DASH_TEXT.match(title) if ":" not in title else None
    if dashed and short_title(dashed["title"]):
        return dashed["title"], dashed["rest"]
    comma = _TITLE_COMMA_TEXT.match(title)
    if comma and short_title(comma["title"]):
        return comma["title"], comma["rest"]
    topic = _KIND_TOPIC.match(title)
    # "Orientering: Formanden orienterede om …" is the kind and the minutes, no topic
    if topic and short_title(topic["topic"]) and not re.search(r"\w{3}ede\b", topic["topic"]):
        return f"{topic['kind']}: {topic['topic']}", topic["rest"]
    glued = _GLUED.match(title)
    if glued and _VERDICT_WORD.match(glued["word"]):
        return glued["title"], glued["rest"]  # "EventueltIntet": the verdict is the minutes
    if glued and not _PRODUCT_TAIL.match(glued["word"]) and len(glued["rest"].split()) >= 4:
        # the text is a sentence ("… er blevet gennemgået", "… fortalte at alle har betalt")
        sentence = " ".join(glued["rest"].split()[:8])
        if MINUTES_WORD.search(sentence) or re.search(r"\b[a-zæøå]{3,}ede\b", sentence):
            return glued["title"], glued["rest"]
    return None
