"""When a meeting began and where it was held, as a referat's head writes them.

Times: "kl. 08:30", "Kl. 10.00 – 12.00", "kl.18.30-21.00", "klokken 13.00", "16.30-18.00",
"03-11-2015 16:30:00", a line with only "17.00 – 19.30". Places: after the date ("… den 22.
februar 2016 i St. Magleby Stuen, Rådhuset kl. 10.00", "… kl.18.30-21.00 - Personalerummet",
"… 9. november 2009 hos Gine"), before it ("… afholdt hos formanden i Svendborg den …", "…
bestyrelsesmødet hos Bodil d. 18/3"), or a cover line below or above the date ("i Regionshuset
Viborg, …", "Mødelokale 1", "Skovboskolen, mødelokale K2", "Kaløvig Kursuscenter" with its
street and postcode below, "Hos formanden, Guderup", "kl. 14 – 15.30 på Museet").

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from datetime import time

from tracker.minutes import meeting_date
from tracker.minutes.date_choice import weekday_warning
from tracker.minutes.fields import ONLINE_TOOL
from tracker.minutes.first_names import is_first_name
from tracker.minutes.letters import CAPITALS
from tracker.minutes.meeting_date import date_spans

_KL = r"\bkl(?:\.|okken)?\s*"
_CLOCK = r"\d{1,2}(?:[:.]\d{2}){1,2}"
_SPAN = (
    r"(?:" + _KL + r"\d{1,2}(?:[:.]\s?\d{2}){0,2}|(?<![\d.,])" + _CLOCK + r")"
    r"(?:(?:\s*[-–]\s*|\s+til\s+)(?:kl\.?\s*)?\d{1,2}(?:[:.]\s?\d{2})?)?"
)
_TIME_SPAN = re.compile(_SPAN, re.IGNORECASE)
_TO = r"(?:\s*[-–]\s*|\s+til\s+)"  # "17.00 – 19.30", "17.00 til 19.00"
_TIME_ALONE = re.compile(
    r"^(?:tid\s*:?\s*)?(?:kl(?:\.|okken)?\s*)?\d{1,2}(?:[:.]\d{2}){1,2}"
    r"(?:" + _TO + r"(?:kl\.?\s*)?\d{1,2}(?:[:.]\d{2})?)?\s*\.?$"
    # a span from start to end, then a note: "17.00 til 19.00. Spisning til sidst"
    r"|^(?:kl(?:\.|okken)?\s*)?\d{1,2}[:.]\d{2}" + _TO + r"(?:kl\.?\s*)?\d{1,2}[:.]\d{2}\.\s+\S",
    re.IGNORECASE,
)
_PLACE_WORD = re.compile(
    r"(?:lokale|lokalet|salen|sal|stue|stuen|rådhus|rådhuset|kursuscenter|skole|skolen|center"
    r"|centret|centeret|hus|huset|værelse|værelset|kontor|kontoret|biblioteket|hallen|kantinen"
    r"|gården|rummet|vej|gade|allé|plads|torv|stræde|klubhuset|hytten|\bklubben|\bkirken)\b"
    r"|(?<!\d)\d{4}\s+(?-i:[A-ZÆØÅ][a-zæøå])",  # a postcode and its town, not "2025 blev"
    re.IGNORECASE,
)
# The meeting held online, said after its hour: "via Skype", "via Microsoft Teams", "virtuelt"
_ONLINE_AFTER = re.compile(
    r"¤[\s.,\d]*(?:via\s+(?:Microsoft\s+)?(?P<tool>" + ONLINE_TOOL + r")\b"
    r"|(?P<way>virtuelt|online|digitalt)\b)",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r"(?:vej|gade|allé|plads|torv|stræde|vænget?)\s+\d+|^\d{4}\s+[A-ZÆØÅ]\w+", re.IGNORECASE
)
_FORUM = re.compile(
    r"^[\wæøå -]{0,40}(?:udvalg|råd|bestyrelse|forum|direktion|MED)\w*\s*$", re.IGNORECASE
)
_NOT_PLACE = re.compile(
    r"referat|dagsorden|\budvalg(?:et)?\b|\bråd(?:et)?\b|bestyrelse|forum|\bMED\b"
    # an association's name under the title: "Bakkevej Vejlaug af 2011", "Grundejerforeningen"
    r"|laug(?:et)?\b|forening(?:en)?\b|\baf\s+(?:18|19|20)\d{2}\s*$",
    re.I,
)


# A word before the date's comma that names the document or the meeting, not a town
_NOT_TOWN = re.compile(
    r"referat|dagsorden|udvalg|\bråd(?:et)?\b|bestyrelse|forum|møde|generalforsamling|protokol"
    r"|notat|forening|klub|laug|selskab",
    re.I,
)

# A place's field that holds only the meeting's verb ("Mødested: Mødet afholdes"): the page cut
# the place off, and a sentence's stub is no place.
_VERB_ONLY = re.compile(
    r"(?:mødet\s+)?(?:(?:af)?holdes|(?:af)?holdt|foregår)(?:\s+(?:i|på|hos))?", re.IGNORECASE
)


def field_place(value: str) -> str | None:
    """The place a place's field gives: its value without the meeting's verb ("Mødet afholdes
    i Rådhuset" → "Rådhuset"), or none when only the verb is left ("Mødet afholdes")."""
    value = value.strip(" ,.")
    verb = _VERB_ONLY.match(value)
    if verb and (verb.end() == len(value) or value[verb.end()].isspace()):
        value = value[verb.end() :].strip(" ,.")
    return value or None


def _without_dates(text: str) -> str:
    for span in reversed(date_spans(text)):
        text = text[: span.start] + " " * (span.end - span.start) + text[span.end :]
    return text


_HOUR_SPAN = re.compile(r"^\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*$")


def parse_time(text: str, *, require_kl: bool = True) -> time | None:
    """A time of day: "kl. 08:30", "kl. 9", "klokken 13.00", "kl. 1900" or (without
    ``require_kl``) "16.30-18.00" and a span of whole hours alone ("16-18"); a date in the
    text is never read as a time."""
    text = _without_dates(text)
    m = re.search(_KL + r"(\d{1,2})(?:[:.]\s?(\d{2}))?(?!\d|,\d)", text, re.I)  # "kl. 17. 00"
    # "kl. 12,30-14,00": a comma between the hour and its minutes
    m = m or re.search(_KL + r"(\d{1,2}),(\d{2})(?!\d)", text, re.I)
    # "kl. 1900-2200": the hour and minutes in four figures without a separator
    m = m or re.search(_KL + r"([01]\d|2[0-3])([0-5]\d)(?!\d)", text, re.I)
    if m is None and not require_kl:
        m = re.search(r"(?<![\d.,])(\d{1,2})[:.](\d{2})(?!\d)", text)
        span = _HOUR_SPAN.match(text)  # "Tid: 16-18": whole hours, the first the start
        if m is None and span and int(span[1]) < int(span[2]) <= 24:
            return time(int(span[1]), 0)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def time_line(text: str) -> time | None:
    """The start of a line that is only a time or a span ("Kl. 18.00 – 20.30")."""
    return parse_time(text, require_kl=False) if _TIME_ALONE.match(text.strip()) else None


def time_and_place(
    text: str, start: int | None = None, end: int | None = None, *, require_kl: bool = False
) -> tuple[time | None, str | None]:
    """The time and the place a line gives around its date (at ``start``:``end``)."""
    if start is None:
        head, tail = "", _without_dates(text)
    else:
        head, tail = text[:start], text[end:]
    found = parse_time(tail) or (None if require_kl else parse_time(tail, require_kl=False))
    rest = _TIME_SPAN.sub(" ¤ ", tail)
    place = None
    # "… kl. 19 – Hos Ib", "… kl I Langebjergparkens Fælleshus" (the hour lost)
    m = re.search(r"(?:^|[\s,])(i|på|hos|Hos|I|På)\s+(\S.*)$", rest)
    online = _ONLINE_AFTER.search(rest)
    if online:  # "kl. 19.45 - 21.00 via Skype.", "kl. 17.30-18.30 virtuelt"
        return found, online["tool"] or online["way"]
    if m:
        place = ("hos " if m.group(1).lower() == "hos" else "") + m.group(2)
    else:
        m = re.match(r"^[\s,]*¤\s*[-–]\s*(\S.*)$", rest)
        # "kl. 19:00-21:00 – Referat": the document's name after the time, no place
        m = None if m and re.match(r"(?:referat|dagsorden)\b", m[1], re.I) else m
        place = m.group(1) if m else None
        # "… kl. 13.00. Kontrabassen, Fredensborg Rådhus": the place after the time's full stop;
        # a floor's number has a full stop of its own ("…, Mødelokale 292, 2. sal, Rådhuset")
        # "… kl 10, 5250 Odense": a postcode and its town
        m = m or re.match(
            r"^[\s,]*¤\s*[.,]\s*((?:[A-ZÆØÅ]|\d{4}\s+[A-ZÆØÅ])(?:[^.]|(?<=\d)\.)*)$", rest
        )
        if place is None and m and _PLACE_WORD.search(m[1]) and not _NOT_PLACE.search(m[1]):
            place = m.group(1)
    lost_hour = re.match(r"^[\s,]*kl\.?\s+([A-ZÆØÅ][^.]{2,80}?)\.?\s*$", rest)
    if place is None and lost_hour and _PLACE_WORD.search(lost_hour[1]):
        place = lost_hour[1]  # "…, kl Scandiagade 13, 2450 København SV": the hour lost
    # (one word: "Bestyrelsesmøde 09.12.19 Vallensbæk Musikskole" names the body, not a town)
    town = re.fullmatch(r"\s*,?\s*(?P<town>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\.?\s*", rest)
    if place is None and start is not None and town and not _NOT_TOWN.search(town["town"]):
        place = town["town"]  # "Bestyrelsesmøde D. 22/2-2013 Fredericia", "…, Marielyst."
    if place is None and start is not None:
        m = re.search(r"\b(?:afholdt|holdt)\s+((?:i|på|hos)\s+.+?)\s*$", head, re.I)
        # "… generalforsamling på Nordborghus den …": the meeting at a place named before its
        # date ("møde i …" names the body mostly: "i Styregruppen", "i NMJK")
        at = _MEETING_AT.search(head)
        m = m or (at if at and not _NOT_TOWN.search(at.group(1)) else None)
        if m:
            place = re.sub(r"^(?:i|på)\s+", "", m.group(1))
        m = m or re.fullmatch(r"\W*([A-ZÆØÅ][\wæøå-]+),\s*", head)  # "Vejle, mandag d. …"
        if m and _NOT_TOWN.search(m.group(1)):
            m = None  # "Referat, 10. oktober 2017": the document's name, no town
        place = place or (m.group(1) if m else None)
    if place is not None:
        place = place.split("¤")[0].strip(" ,.-–")
        # "Korsgade 4, 2. sal. Drop ind fra kl.": the place ends where a sentence opens
        place = re.split(r"(?<=[a-zæøå]{3})\.\s+(?=[A-ZÆØÅ])", place, maxsplit=1)[0]
        # a name or a number, or a room's word in lower case ("i forsamlingshuset", "i
        # klubbens lokale", "i kirkens store sal"); not a sentence's "i øvrigt …"
        named = re.search(r"[A-ZÆØÅ0-9]", place or "") or _PLACE_WORD.search(
            " ".join((place or "").split()[:3])  # "i kirkens store sal"
        )
        if not place or len(place) > 150 or not named:
            place = None
    return found, place


_MEETING_AT = re.compile(
    r"(?:møde|generalforsamling)\s+(på\s+[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?)"
    r"\s+(?:(?:den|d\.)\s*)?$",
    re.IGNORECASE,
)
# A sentence of the cover that says where the meeting was held
_MEETING_TITLE = re.compile(r"\breferat\b|møde\b", re.IGNORECASE)
_HELD = re.compile(
    r"^\W*(?:mødet\s+(?:(?:blev\s+|er\s+|var\s+)?(?:af)?hold(?:t|tes|es)|foregik|foregår"
    r"|fandt\s+sted|finder\s+sted)|afholdt|afholdes)"
    r"(?:\s+kl\.?\s*\d{1,2}(?:[:.]\d{2})?)?"  # "Afholdes kl. 19:00 i Jethallens mødelokale."
    r"\s+(?P<at>i|på|hos|over|via)\s",
    re.IGNORECASE,
)


# "… møde d. 300622 hos Bjarne Stockholm.": a host's name to the line's end, or before the
# meeting's date ("referat fra bestyrelsesmødet hos Bodil d. 18/3 - 09:")
_AT_HOST = re.compile(
    r"\bhos\s+(?P<host>[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*){0,3})"
    r"(?:\.?\s*$|\s+(?:d\.|den)\s*\d)"
)


def cover_place(lines, index: int, is_stop) -> str | None:
    """A place on its own line in the cover, below the date line (past a time alone) or
    just above it; its street and postcode lines below are joined to it."""
    below = _filled(lines, index + 1, 1)
    if below and _CLOCK_FIRST.match(lines[below[0]].text):
        # "kl. 14 – 15.30 på Museet" under the date: the time, then the place
        placed = time_and_place(lines[below[0]].text)[1]
        if placed and not is_stop(lines[below[0]]):
            return placed
    if below and time_line(lines[below[0]].text):
        below = _filled(lines, below[0] + 1, 1)
    if below and _FORUM.match(lines[below[0]].text):
        below = _filled(lines, below[0] + 1, 1)  # the forum's name between ("Ældrerådet")
    for k in below:
        place = _place_line(lines[k], is_stop) or _town_line(lines, k)
        if place:
            parts, following = [place], _filled(lines, k + 1, 3)
            for n, follow in enumerate(following):
                text = lines[follow].text
                after = following[n + 1] if n + 1 < len(following) else None
                if _field_like(text) or is_stop(lines[follow]):
                    break
                if _ADDRESS.search(text) or (
                    len(text.split()) <= 3 and after and _ADDRESS.search(lines[after].text)
                ):
                    parts.append(text.strip(" ,."))  # "Præstekravevej 46", "8410 Rønde"
                else:
                    break
            return ", ".join(parts)
    above = _filled_before(lines, index)
    if above is not None:
        line = lines[above]
        if not line.text.lower().startswith(("i ", "på ")):
            return _place_line(line, is_stop)
    return None


# "kl. 14 – 15.30 på Museet": a line that opens with the clock
_CLOCK_FIRST = re.compile(r"^(?:kl\.?|klokken)\s*\d", re.IGNORECASE)
# "hos Birgit", "Hos formanden, Guderup": a member's home, maybe its town after a comma
_HOST_LINE = re.compile(
    r"^[Hh]os\s+((?:[" + CAPITALS + r"][\w-]*(?:\s+(?:og\s+)?[" + CAPITALS + r"][\w-]*){0,3}"
    r"|(?:næst)?formanden|kassereren|sekretæren)(?:,\s*[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?)?)"
    r"\.?$"
)


def _place_line(line, is_stop) -> str | None:
    # "- i klubben, Bakkevej 3": the title's line goes on with a dash, then the place
    text = re.sub(r"^[-–]\s+(?=(?:i|på|hos|I|På|Hos)\s)", "", line.text.strip())
    if not text or len(text) > 150 or is_stop(line) or _field_like(text) or date_spans(text):
        return None
    # "i Regionshuset", "I Skolens kantine, Bakkevej 4." (not "I alt 21 fremmødte", nor the
    # body's name below the title: "I GRUNDEJERFORENINGEN SKOVLY")
    m = re.match(r"^(?:i|på)\s+(\S.*)$|^(?:I|På)\s+([A-ZÆØÅ].*)$", text)
    # "I Foreningernes hus.": a body's word in a place's name
    if m and (m.group(1) or not _NOT_TOWN.search(m[2]) or _PLACE_WORD.search(m[2])):
        return (m.group(1) or m.group(2)).strip(" .")
    host = _HOST_LINE.match(text)
    if host:  # "hos Birgit", "Hos formanden, Guderup", "Hos Bodil og Lars": a member's home
        return "hos " + host.group(1)
    held = _HELD.match(text)  # "Mødet foregik i klublokalet bag hallen kl. 19."
    if held:
        place = _TIME_SPAN.split(text[held.end() :])[0].strip(" ,.-–")
        return (("hos " if held["at"] == "hos" else "") + place) if place else None
    if _PLACE_WORD.search(text) and not _NOT_PLACE.search(text):
        return text.strip(" .")
    return None


# A town alone on its line: "Værløse", "Nørre Alslev", "Ry"
_TOWN = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+){0,2}$")
# The attendance list's label, the line a head's place line stands above
_ATTENDANCE = re.compile(r"^(?:deltagere|til\s*stede|fremmødte|afbud|fraværende)\b", re.I)


def _town_line(lines, k: int) -> str | None:
    """A town's name alone below the date line, right above the attendance list: the place
    ("Referat, den 24. november 2026" / "Værløse" / "Deltagere: …"); a first name there is a
    byline, a word of the document or the body no town."""
    text = lines[k].text.strip()
    after = _filled(lines, k + 1, 1)
    if not (_TOWN.match(text) and after and _ATTENDANCE.match(lines[after[0]].text)):
        return None
    if _NOT_PLACE.search(text) or _NOT_TOWN.search(text) or is_first_name(text.split()[0]):
        return None
    return text


_TIME_AT_END = re.compile(
    _KL + r"\d{1,2}(?:[:.]\d{2})?(?:" + _TO + r"\d{1,2}(?:[:.]\d{2})?)?\s*$", re.I
)


def _field_like(text: str) -> bool:
    return bool(re.match(r"^[\wæøå ]{1,30}(?::|\t)", text))


def _filled(lines, start: int, count: int) -> list[int]:
    out = []
    for k in range(start, min(len(lines), start + 8)):
        if lines[k].text:
            out.append(k)
            if len(out) == count:
                break
    return out


def _filled_before(lines, index: int) -> int | None:
    for k in range(index - 1, max(index - 4, -1), -1):
        if lines[k].text:
            return k
    return None


def when_and_where(lines, cover, result, is_stop) -> None:
    """Fill ``result``'s start time and place from the cover lines (``cover``: their indices)
    that give the meeting's date: their own words around the date, a time alone below, a
    place on the line below or above. A weekday that does not fit the date is warned of."""
    day = result["date"]
    dated = []
    for i in sorted(cover):
        text = lines[i].text
        for span in meeting_date.date_spans(text):
            same = span.day == day or (span.day is None and span.day_month == (day.day, day.month))
            if same and not meeting_date.other_day(text, span):
                dated.append((i, span))
                if span.day is not None and span.weekday and not meeting_date.weekday_matches(span):
                    candidate = meeting_date.Candidate(span.day, "cover", text, i, span.weekday)
                    result["warnings"].append(weekday_warning(candidate, span))
                break
    for i, span in dated:
        time, place = time_and_place(lines[i].text, span.start, span.end)
        result["start_time"] = result["start_time"] or time
        if result["location"] is None and place:
            result["location"] = place
    if result["start_time"] is None:
        result["start_time"] = next(
            (t for i in sorted(cover) if (t := time_line(lines[i].text))), None
        )
    if result["start_time"] is None and day is None:
        # "Referat bestyrelsesmøde 12.3 kl 19-21": no date read, yet the title's time is
        # the meeting's ("kl." said; a time is no date)
        titles = [i for i in sorted(cover)[:3] if _MEETING_TITLE.search(lines[i].text)]
        result["start_time"] = next((t for i in titles if (t := parse_time(lines[i].text))), None)
    for i, _ in dated:  # "Dato: 04.12.2012" in a running header has no place near it
        if result["location"] is not None:
            break
        result["location"] = cover_place(lines, i, is_stop)
        tail = _TIME_AT_END.search(result["location"] or "")
        if tail and result["start_time"] is None and (clock := parse_time(tail[0])):
            # "Frivillighuset, Lundevej 7, 3600 Byen kl. 16.00": the place line's time
            result["start_time"], result["location"] = (
                clock,
                result["location"][: tail.start()].rstrip(" ,"),
            )
    for i in sorted(cover):  # "Mødet blev afholdt på Skolen kl. 18.30-20.00" (no date on it)
        if result["location"] is not None and result["start_time"] is not None:
            break
        if _HELD.match(lines[i].text) and not date_spans(lines[i].text):
            time, place = time_and_place(lines[i].text)
            result["start_time"] = result["start_time"] or time
            result["location"] = result["location"] or place
    for i in sorted(cover):  # "Referat af bestyrelsesmøde d. 300622 hos Bo Dal." (a date code)
        host = _AT_HOST.search(lines[i].text) if _MEETING_TITLE.search(lines[i].text) else None
        if result["location"] is None and host:
            result["location"] = "hos " + host["host"]
