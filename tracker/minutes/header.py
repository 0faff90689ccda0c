"""The head of a referat: title, forum, date, time, place and who attended.

Fields come as labelled lines ("Mødedato: …", "**Mødested** …", "Sted" and its value on the
next line), as table rows ("Dato<tab>4. marts 2026"), or in prose ("… holdt møde den 12. maj
2026 kl. 17:00 i Personalerummet, Nordskolen."). Every date is read by the deadline grammar
(:func:`tracker.deadlines.find_date`).

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from tracker.deadlines import find_date
from tracker.minutes.people import note_roles


@dataclass
class Attendee:
    name: str
    present: bool
    role: str | None = None  # "formand" when the list says "Jens Hansen (formand)"


@dataclass
class Line:
    level: int  # Markdown heading level, 0 for body text
    text: str  # cleaned text
    bold: bool  # the whole line was bold (**...**)
    toc: bool = False  # ends in a dot leader or tab + page number (table of contents)
    case_below: bool = False  # the next line is a case number alone (FirstAgenda's items)


FIELDS = {  # field word -> kind
    **dict.fromkeys(("mødedato", "dato"), "date"),
    **dict.fromkeys(("mødetidspunkt", "tidspunkt", "tid", "kl.", "klokken"), "time"),
    **dict.fromkeys(("mødested", "sted", "lokale", "mødelokale"), "location"),
    **dict.fromkeys(
        ("mødedeltagere", "deltagere", "til stede", "tilstede", "medlemmer", "inviteret"),
        "attendees",
    ),
    **dict.fromkeys(
        (
            "afbud",
            "afbud fra",
            "fraværende",
            "fravær",
            "ikke til stede",
            "ikke tilstede",
            "ikke mødt",
        ),
        "absent",
    ),
}
FIELD_LINE = re.compile(
    r"^(" + "|".join(re.escape(f) for f in sorted(FIELDS, key=len, reverse=True)) + r")"
    r"(?:(?<=\.)|(?![\wæøå]))\s*:?\s*(.*)$",
    re.IGNORECASE,
)
_TITLE = re.compile(r"(?<![\wæøå])(?:mødereferat|referat)(?![\wæøå])", re.IGNORECASE)
_ABSENT_MARK = re.compile(
    r"\s*\((?:fravær|fraværende|afbud|afbud\s+\w+|fraværende\s+\w+)\)\s*$", re.I
)
_DATE_WORDS = (
    r"(?:(?:d\.|den)\s*)?(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.?\s*[a-zæøå]+\.?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})"
)
_WEEKDAY = r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
_PROSE_MEETING = re.compile(r"\bmøde\w*\b.*?\b(?:den|d\.)\s+\d", re.IGNORECASE)
_PROSE_PLACE = re.compile(r"\bkl\.?\s*\d{1,2}[:.]\d{2}\s+(?:i|på)\s+(.+?)\.?$", re.IGNORECASE)


def parse_time(text: str, *, require_kl: bool = True) -> time | None:
    """A time of day: "kl. 08:30", "kl. 9", or (without ``require_kl``) "16.30-18.00"."""
    pattern = r"kl\.?\s*(\d{1,2})(?:[:.](\d{2}))?" if require_kl else r"(\d{1,2})[:.](\d{2})"
    m = re.search(pattern, text, re.I)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def is_title(text: str) -> bool:
    """A title line: it names the referat and is short."""
    return bool(_TITLE.search(text)) and len(text) < 150 and not FIELD_LINE.match(text)


def forum_from_title(title: str) -> str:
    """The body in a title: "Teknik- og Miljøudvalget – Referat – 4. marts 2026" → the first."""
    forum = _TITLE.sub(" ", title)
    forum = re.sub(
        r"^\s*(?:[:\-–]\s*)?(?:af|fra)\s+(?:(?:møde|mødet)\s+i\s+)?", "", forum, flags=re.I
    )
    forum = re.sub(
        r"(?:[\s,\-–]*" + _WEEKDAY + r")?[\s,\-–]*" + _DATE_WORDS, " ", forum, flags=re.I
    )
    forum = re.sub(r"\s+[-–]\s+", " ", forum)
    return " ".join(forum.split()).strip(" -–,:.")


def _body_line(line: Line) -> str | None:
    """A body named on its own line: "ÆLDRERÅDET", "# Socialudvalget"."""
    text = line.text.strip(" .")
    if not text or len(text) > 60 or FIELD_LINE.match(text) or _TITLE.search(text):
        return None
    if re.search(r"\d", text):
        return None
    if text.isupper() and len(text) > 3:
        return text[:1] + text[1:].lower()
    if line.level and re.search(
        r"(?:udvalg\w*|råd\w*|forum|bestyrelse\w*|direktion\w*|MED)\b", text, re.I
    ):
        return text
    return None


def looks_like_names(value: str) -> bool:
    """A list of names: every part one to five words, each capitalised."""
    parts = [p for p in re.split(r"\s*[,;]\s*|\s+og\s+", value) if p.strip()]
    if not parts:
        return False
    for part in parts:
        words = re.sub(r"\([^)]*\)", "", part).split()
        if not 1 <= len(words) <= 6 or not all(w[:1].isupper() for w in words if len(w) > 2):
            return False
    return True


def parse_header(lines: list[Line], is_stop) -> dict:
    """The meeting fields of the head lines; ``is_stop(line)`` ends a value's lines."""
    result: dict = dict(forum="", title="", date=None, start_time=None, location=None)
    result["attendees"] = []
    title_index = next((i for i, ln in enumerate(lines[:15]) if is_title(ln.text)), None)
    title_date = None
    if title_index is not None:
        result["title"] = lines[title_index].text
        result["forum"] = forum_from_title(lines[title_index].text)
        title_date = find_date(lines[title_index].text)
    else:
        first = next((ln for ln in lines if ln.text), None)
        result["title"] = first.text if first else ""
    if not result["forum"]:
        body = next((b for ln in lines[:12] if (b := _body_line(ln))), None)
        result["forum"] = body or ""
        if body and result["title"]:
            # a bare "Referat" names no meeting: "Socialudvalget – Referat" does
            result["title"] = f"{body} – {result['title']}"
    i = 0
    while i < len(lines):
        line = lines[i]
        m = FIELD_LINE.match(line.text)
        if not m:
            _prose(line.text, result)
            i += 1
            continue
        kind, value = FIELDS[m.group(1).lower()], m.group(2).strip()
        if kind == "time" and m.group(1).lower().startswith("kl"):
            value = m.group(0)  # "Kl. 16.00" is its own value
        j = i + 1
        if kind in ("attendees", "absent") and value:
            # the list may continue on the following lines
            parts = [value]
            while j < len(lines) and lines[j].text and not lines[j].level:
                if FIELD_LINE.match(lines[j].text) or is_stop(lines[j]):
                    break
                parts.append(lines[j].text)
                j += 1
            value = ", ".join(p.rstrip(",") for p in parts)
        elif not value:
            # the value on the next line (web pages), unless that is another label or a heading
            k = j
            while k < len(lines) and not lines[k].text and k - j < 2:
                k += 1
            if k < len(lines) and _value_line(lines[k], kind, is_stop):
                value, j = lines[k].text, k + 1
                # a list of names may go on over several lines
                while kind in ("attendees", "absent") and j < len(lines):
                    if not _value_line(lines[j], kind, is_stop):
                        break
                    value, j = value.rstrip(",") + ", " + lines[j].text, j + 1
        i = j
        _field(kind, value, result)
    if result["date"] is None:
        result["date"] = title_date
    return result


def _value_line(line: Line, kind: str, is_stop) -> bool:
    if not line.text or line.level or FIELD_LINE.match(line.text) or is_stop(line):
        return False
    if kind in ("attendees", "absent"):
        return looks_like_names(line.text)
    return len(line.text) < 120


def _field(kind: str, value: str, result: dict) -> None:
    if kind == "date" and result["date"] is None:
        result["date"] = find_date(value)
        result["start_time"] = result["start_time"] or parse_time(value)
    elif kind == "time" and result["start_time"] is None:
        result["start_time"] = parse_time(value) or parse_time(value, require_kl=False)
    elif kind == "location" and result["location"] is None and value:
        result["location"] = value.rstrip(".")
    elif kind in ("attendees", "absent"):
        for name, present in parse_attendees(value):
            mark_attendee(result["attendees"], name, present and kind != "absent")
        note_roles(value, result["attendees"])


def _prose(text: str, result: dict) -> None:
    """ "… holdt møde den 12. maj 2026 kl. 17:00 i Personalerummet." and a date alone."""
    if result["date"] is None and (
        _PROSE_MEETING.search(text)
        or re.fullmatch(r"(?:" + _WEEKDAY + r"\s+)?" + _DATE_WORDS + r"\.?", text, re.I)
    ):
        result["date"] = find_date(text)
        if result["date"] is not None:
            result["start_time"] = result["start_time"] or parse_time(text)
            place = _PROSE_PLACE.search(text)
            if place and result["location"] is None:
                result["location"] = place.group(1)


def mark_attendee(attendees: list[Attendee], name: str, present: bool) -> None:
    """Add a name, or mark one already listed absent when it is named absent."""
    existing = next((a for a in attendees if a.name == name), None)
    if existing:
        existing.present = existing.present and present
    else:
        attendees.append(Attendee(name, present))


def parse_attendees(value: str) -> list[tuple[str, bool]]:
    """(name, present) for each name in a list; "(Fravær)" after a name marks it absent."""
    result = []
    for part in re.split(r"\s*[,;]\s*|\s+og\s+", value):
        name = part.strip().strip(".")
        if not name:
            continue
        present = True
        if _ABSENT_MARK.search(name):
            present = False
            name = _ABSENT_MARK.sub("", name).strip()
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()  # "(formand)" and similar roles
        if name:
            result.append((name, present))
    return result
