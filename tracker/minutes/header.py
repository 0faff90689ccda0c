"""The head of a referat: title, forum, date, time, place and who attended.

Fields come labelled ("Mødedato: …", "**Mødested** …", "Sted" and its value on the next line,
"STARTTIDSPUNKT", a cover table's "Tid<tab>04-12-2023, kl. 17.00"), as the cover's own lines
("den 6. november 2017 kl. 11:30" and "i Regionshuset Viborg, …" below it; "Skovboskolen,
mødelokale K2" above it) or in prose ("… holdt møde den 12. maj 2026 kl. 17:00 i
Personalerummet."). Which date is the meeting's is decided by :mod:`tracker.minutes.meeting_date`,
who was there by :mod:`tracker.minutes.attendance`; a time or place by :mod:`tracker.minutes.place`.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re

from tracker.minutes import meeting_date as when
from tracker.minutes import meeting_year
from tracker.minutes.attendance import (
    clean_value,
    looks_like_names,
    names_before_sentence,
    names_line,
    parse_attendees,
)
from tracker.minutes.attendees import Attendee, mark_attendee
from tracker.minutes.body_absences import absences_in_body
from tracker.minutes.date_asked import date_code
from tracker.minutes.date_choice import choose
from tracker.minutes.decision_heads import decision_forum, decision_heads
from tracker.minutes.fields import FIELD_LINE, FIELDS, Line, field_match, is_title, title_of
from tracker.minutes.first_names import is_first_name
from tracker.minutes.forum import (
    body_before_date,
    body_line,
    body_then_date,
    forum_from_title,
    meeting_in,
    meeting_line,
    meeting_word,
    names_a_body,
)
from tracker.minutes.held_place import held_place
from tracker.minutes.notices import worded
from tracker.minutes.people import note_roles
from tracker.minutes.place import field_place, parse_time, time_and_place, when_and_where
from tracker.minutes.place_date import cover_place, place_date_time
from tracker.minutes.proceedings import is_proceeding
from tracker.minutes.run_in import LONG, run_in_fields, split_inner_field
from tracker.minutes.wrapped_head import title_goes_on

_TIME_WORDS = r"\s*,?\s*\bkl\.?\s*\d{1,2}(?:[:.]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?)?"
# A part of the referat named alone on its line: never a field's value (nor a person)
_PART_WORD = re.compile(r"^(?:agenda|dagsorden|referat|program|indhold|sagsliste)\s*:?$", re.I)
_COVER_LINES = 20
# After a date that opens a line: its hour, or nothing (the meeting's date line, not a sentence)
_HOUR_AFTER = re.compile(r"\s*(?:,\s*)?(?:kl\.?\s*\d|klokken\b|fra\s+kl)|\s*\.?\s*$", re.I)
_LIST_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+")

__all__ = [
    "FIELD_LINE",
    "FIELDS",
    "Attendee",
    "Line",
    "field_match",
    "forum_from_title",
    "is_title",
    "looks_like_names",
    "mark_attendee",
    "parse_attendees",
    "numbered_date_line",
    "parse_header",
    "parse_time",
]


def parse_header(lines: list[Line], is_stop, body: list[Line] = ()) -> dict:
    """The meeting fields of the head ``lines``; ``is_stop(line)`` ends a value's lines.

    ``body`` (the lines after the head) is read for this meeting's date when the head has
    none and for absences told under the decisions. No date found: None, and a warning asks.
    """
    result: dict = dict(forum="", title="", date=None, start_time=None, location=None)
    result["attendees"], result["warnings"] = [], []
    title_index = next((i for i, ln in enumerate(lines[:25]) if is_title(ln.text)), None)
    title_forum = ""
    if title_index is not None:
        result["title"] = lines[title_index].text
        title_forum = forum_from_title(lines[title_index].text)
    else:
        first = next((ln for ln in lines if ln.text), None)
        # "Deltagere:" over its names: a label with nothing after it names no meeting
        bare_label = first is not None and re.fullmatch(r"[^\W\d][\w .-]{0,30}:", first.text)
        # "Dagsorden godkendt." opening a record without a title is its first step
        named = first is not None and not bare_label and not is_proceeding(first.text)
        result["title"] = first.text if named else ""
    found: list[when.Candidate] = []
    seen: list[str] = []  # lines whose dates are another day's, for the refusal
    filled = [i for i, ln in enumerate(lines) if ln.text]
    cover = set(filled[:_COVER_LINES])
    texts = [ln.text for ln in lines]
    forum_field = None
    i = 0
    while i < len(lines):
        line = lines[i]
        match = field_match(line.text) if line.text else None
        if match is not None and match[0] == "other" and i == title_index:
            match = None  # an e-mail's subject line is the title ("Emne: Referat fra …")
        if match is None:
            if i in cover:  # the title's line, or its second ("… møde i" / "Klubben den …")
                titled = i == title_index or title_goes_on(texts, title_index, i)
                _cover_dates(lines, i, titled, found, seen)
                if len(line.text) >= LONG:  # a cover table run together on one line
                    for kind, value in run_in_fields(line.text).items():
                        if kind != "absent":
                            _field(kind, value, i, result, found, seen)
                        elif "," in value and looks_like_names(value):  # "Fraværende A, B …"
                            for name, _ in parse_attendees(value):
                                mark_attendee(result["attendees"], name, False)
            i += 1
            continue
        kind, label, value = match
        if kind in ("attendees", "absent") and re.fullmatch(r"[\wæøå ]{1,25}:", value):
            value = ""  # "Fraværende i øvrigt:": the names are below
        value, j = _value(lines, i, kind, label, value, is_stop)
        if kind == "forum":
            forum_field = forum_field or value or None
        elif kind in ("attendees", "absent"):
            value = _second_field(kind, value, i, result, found, seen)
            if kind == "absent":  # "Afbud: Bo Lund Mødet blev gennemført …"
                value = names_before_sentence(value)
            for piece in value.split("\n"):  # one line of the list at a time
                for name, present in parse_attendees(piece, absent=kind == "absent"):
                    mark_attendee(result["attendees"], name, present)
                note_roles(piece, result["attendees"])  # "Jens Hansen (formand)"
        else:
            value = _second_field(kind, value, i, result, found, seen)
            _field(kind, value, i, result, found, seen)
        i = j
    result["forum"], body_name = _forum(lines, title_forum, forum_field)
    if body_name and result["title"] and not title_forum and body_name not in result["title"]:
        # a bare "Referat" names no meeting: "Socialudvalget – Referat" does
        result["title"] = f"{body_name} – {result['title']}"
    all_texts = [ln.text for ln in [*lines, *body]]
    result["title"] = title_of(result["title"])
    result["forum"] = result["forum"] or decision_forum(all_texts)
    if not result["forum"]:
        result["warnings"].append(_NO_FORUM)
    found += when.body_candidates(all_texts, 0) or decision_heads(all_texts)
    yearless = meeting_year.yearless([ln.text for ln in lines], cover, title_index, seen, all_texts)
    if not found and yearless is None:  # only a refusal names them
        seen += when.other_day_lines(all_texts)
    code = date_code([ln.text for ln in lines]) if not found and yearless is None else None
    result["date"], warnings = choose(found, yearless, seen, title_index, code)
    result["warnings"] += warnings
    when_and_where(lines, cover, result, is_stop)
    head_texts = [ln.text for ln in lines]  # "Mødet holdes i De københavnske Ældreråds …"
    result["location"] = result["location"] or held_place(head_texts, head=True)
    result["location"] = result["location"] or held_place(all_texts)  # "Vi holdt mødet i …"
    result["location"] = result["location"] or cover_place(ln.text for ln in lines[:_COVER_LINES])
    # the head's sentences too ("Lis var fraværende.", "Til stede: A og B. C havde meldt
    # afbud.", "(C er syg)", "Deltog via Teams: C, D"), a long line run together ("… Ikke til
    # stede: A, B …"); an absence label's own list was read above (its names may be below)
    told = [
        ln.text
        for ln in lines
        if len(ln.text) >= LONG
        or (field_match(ln.text) or ("attendees",))[0] in ("attendees", "absent")
    ]
    absences_in_body(told + [ln.text for ln in body], result["attendees"])
    return result


_NO_FORUM = worded(
    "Referatet nævner ikke, hvilket forum (udvalg, råd, bestyrelse …) mødet var i. Vælg "
    "forummet i feltet »Forum«.",
    "The minutes do not name the forum (committee, council, board …) that met. Choose it in "
    "the field 'Forum'.",
    code="no_forum",
)


def _forum(lines, title_forum: str, forum_field: str | None) -> tuple[str, str | None]:
    """The forum, and the body's own line when that named it: a field ("Udvalg: …"), the
    title's body, "mødet i …", a body's line near the top; else none."""
    if forum_field:
        return forum_field, None
    if names_a_body(title_forum, short=False):
        return title_forum, None
    for line in lines[:15]:
        body = meeting_in(line.text) or meeting_line(line.text) or body_before_date(line.text)
        if body and names_a_body(body):
            return body, None
    found = [b for ln in lines[:12] if (b := body_line(ln.text, ln.level))]
    body = next((b for b in found if names_a_body(b)), found[0] if found else None)
    if body:
        return body, body
    # last, a body's meeting word in the head's first lines ("Skolebestyrelsesmøde den …")
    heads = [ln.text for ln in lines[:6] if ln.text]
    body = next((b for text in heads if (b := meeting_word(text))), None)
    if body:
        return body, None
    return "", None  # asked for (a warning), never guessed from the title's leftovers


# A list of names wrapped at its joining word: "…, Jonas (MMA) og⏎Lise (AK)", "…⏎og Lise"
_LIST_JOIN_END = re.compile(r"\s*(?:,|\s(?:og|samt|&))\s*$")
_LIST_JOIN_START = re.compile(r"^(?:og|samt|&)\s+(?=[A-ZÆØÅ])")


def _value(lines, i, kind, label, value, is_stop) -> tuple[str, int]:
    """A field's value, with the lines it goes on over, and the index after it."""
    if kind == "time" and label.startswith("kl"):
        value = lines[i].text  # "Kl. 16.00" is its own value
    j = i + 1
    names = kind in ("attendees", "absent")
    if names and value:
        # the list may go on below, over a blank line after a trailing comma
        parts = [value]
        while j < len(lines) and not lines[j].level:
            if not lines[j].text:
                if not parts[-1].endswith(",") or j + 1 >= len(lines):
                    break
                j += 1
                continue
            text = _LIST_JOIN_START.sub("", lines[j].text)  # "… Jonas (MMA)⏎og Lise (AK)"
            if field_match(text) or is_stop(lines[j]) or _label_line(text):
                break  # a label or a heading ends the list
            if not names_line(text):
                # "… Henning Jensen (HJ),⏎Werny Andersen (WA)afbud, Jesper Bade. Mødet blev
                # afholdt …": after a trailing comma, the names before the sentence end it
                names = names_before_sentence(text) if parts[-1].endswith(",") else ""
                if names != text and names_line(names):
                    parts.append(names)
                break  # a sentence ends the list
            # the last name on the line above is one word, the line opens with a surname
            tail, first = re.split(r",|\s(?:og|samt)\s", parts[-1])[-1].split(), text.split()[0]
            if len(tail) == 1 and first.istitle() and not is_first_name(first):
                parts[-1] += " " + text  # "…, Povl⏎Nielsen (PN)": a name wrapped inside
            else:
                parts.append(text)
            j += 1
        return "\n".join(_LIST_JOIN_END.sub("", p) for p in parts), j
    if value:
        return value, j
    # the value on the next line (web pages, cover tables), unless that is another label
    k = j
    while k < len(lines) and not lines[k].text and k - j < 4:
        k += 1
    if k < len(lines) and _value_line(lines[k], kind, is_stop):
        value, j = lines[k].text, k + 1
        # a list of names goes on over several lines, one name or one group a line
        while names:
            k = j
            while k < len(lines) and not lines[k].text and k - j < 2:
                k += 1
            if k >= len(lines) or not _value_line(lines[k], kind, is_stop):
                break
            more = clean_value(_LIST_JOIN_START.sub("", lines[k].text))
            value, j = _LIST_JOIN_END.sub("", value) + "\n" + more, k + 1
    return value, j


def _label_line(text: str) -> bool:
    """ "Mødeleder<tab>…", "Kopi: …", "Ledelse: Thomas Fog": a label of its own (no first name
    before the colon), which ends a list above it."""
    m = re.match(r"^([A-ZÆØÅ][\wæøå/ -]{1,30})(?:\t|\s*:\s)", text)
    return bool(m) and not (looks_like_names(text) and is_first_name(m[1]))


def _value_line(line: Line, kind: str, is_stop) -> bool:
    if not line.text or line.level or field_match(line.text) or is_stop(line):
        return False
    if _PART_WORD.match(line.text):
        return False  # "Agenda" below the list of names starts the agenda
    if kind in ("attendees", "absent"):
        # "Vibe (JJ) og" and "og Lise (AK)": a list wrapped at its joining word
        text = _LIST_JOIN_END.sub("", _LIST_JOIN_START.sub("", line.text))
        if re.fullmatch(r"[A-ZÆØÅ][\wæøå /-]{2,40}:", text.strip()):
            return False  # "Meddelelser:" below the names: the next section's label
        return not line.bold and (names_line(text) or not clean_value(text).strip(" -–.,"))
    return len(line.text) < 120


_HEAD_KINDS = ("forum", "date", "time", "when", "location")


def _second_field(kind: str, value: str, index: int, result: dict, found: list, seen: list) -> str:
    """A second field on the line ("Fraværende: A, B Mødested: Salen", "Tidspunkt: Kl. 12,30 –
    15,30; Mødelokale: B105") is read; the first field's value comes back without it."""
    before, after = split_inner_field(value)
    other = field_match(after) if after else None
    if other is None or other[0] not in _HEAD_KINDS or other[0] == kind:
        return value
    _field(other[0], other[2], index, result, found, seen)
    return before


# "Dato: 2012.03.27 | Kategori: Referat | Svar: 0": a blog post's line about itself
_POST_META = re.compile(
    r"\|\s*(?:kategori|kategorier|svar|kommentar\w*|forfatter|skrevet\s+af|tags?)\b", re.I
)


def _field(kind: str, value: str, index: int, result: dict, found: list, seen: list) -> None:
    if kind in ("date", "time", "when"):
        for span in when.date_spans(value):
            if span.day is None:
                continue
            if when.other_day(value, span):
                seen.append(value)
                continue
            if _POST_META.search(value):  # the post's date, not the meeting's: a stamp
                found.append(when.Candidate(span.day, "cover", value, index, stamp=True))
            else:
                found.append(when.Candidate(span.day, "field", value, index, span.weekday))
            break
        time, place = time_and_place(value, require_kl=kind == "date")
        result["start_time"] = result["start_time"] or time
        if kind == "when" and not (time or when.date_spans(value)):
            place = field_place(value)  # "Afholdt: Gillelejehuset, det gl. Rådhus": all place
        if kind == "when" and place and result["location"] is None:
            result["location"] = place
    elif kind == "location" and value and result["location"] is None:
        time, _ = time_and_place(value, require_kl=True)  # "mødelokale 0.21" is no time
        result["start_time"] = result["start_time"] or time
        place = re.sub(_TIME_WORDS + r"\.?", "", value, flags=re.I) if time else value
        result["location"] = field_place(place)


def _cover_dates(lines, i, is_title_line, found, seen) -> None:
    """The date a cover line gives the meeting: the title's, a line that opens with a date,
    or a sentence about the meeting; another day's is noted in ``seen``."""
    text = numbered_date_line(lines[i].text)
    if not is_title_line and _list_item(text):
        return  # a list item: an agenda line, an earlier referat approved
    previous = _previous_label(lines, i)
    for span in when.date_spans(text):
        if span.day is None:
            continue
        if when.other_day(text, span, previous):
            seen.append(text)
            continue
        if (
            is_title_line
            or when.opens(text, span)
            or when.about_the_meeting(text, span)
            or body_then_date(text, span)
            or _MINUTES_OF.match(text[: span.start])
            or place_date_time(text, span)  # "Kulturhuset d. 28. februar 2013 kl. 19.30"
            or when.weekday_led(text, span)  # "Mandag dag den 25-11-2019 kl. 19.00"
        ):
            kind = "title" if is_title_line else "cover"
            own, stamp = when.meetings_own(text, span), when.publication_stamp(text, span)
            found.append(when.Candidate(span.day, kind, text, i, span.weekday, own, stamp))
        return


# "Referat, fra den 8/1-19.", "Referat af d. 3. maj 2021": a cover line that dates the minutes
_MINUTES_OF = re.compile(r"^\W*referat\W*(?:(?:fra|af)\s+)?(?:den\s+|d\.\s*)?$", re.I)


def numbered_date_line(text: str) -> str:
    """The meeting's date line without the number a web page's list gave it: "1. 11/1-2023
    kl. 19:30 i …", "1. Onsdag den 11. januar 2023 kl. 19.30" (a date with its year opening
    the rest, then its hour or nothing) is "11/1-2023 kl. 19:30 i …"; any other line as it is."""
    number = _LIST_NUMBER.match(text)
    if number is None:
        return text
    rest = text[number.end() :]
    spans = when.date_spans(rest)
    dated = bool(spans) and spans[0].start == 0 and spans[0].day is not None
    return rest if dated and _HOUR_AFTER.match(rest[spans[0].end :]) else text


def _list_item(text: str) -> bool:
    """A bullet or a numbered line ("1. Godkendelse af referat fra mødet den …"), not a date
    that opens a line ("14. august 2012") nor a bulleted "Referat af mødet …"."""
    if re.match(r"^\s*[-•*–]\s", text):
        # "• Referat af mødet 21. marts 2012": a post's title in a page's list, not an item;
        # "- afholdt i Sognegården tirsdag den 9. juni 2020": the title's line goes on
        return re.match(r"^\s*[-•*–]\s+(?:referat|afholdt|afholdes)\b", text, re.I) is None
    if not re.match(r"^\s*\d{1,3}[.)]\s", text):
        return False

    spans = when.date_spans(text)
    return not (spans and when.opens(text, spans[0]))


def _previous_label(lines, i) -> str:
    """The line above, when it is a short label ("Næste møde:") the date may belong to."""
    for k in range(i - 1, max(i - 4, -1), -1):
        text = lines[k].text
        if text:
            if when.date_spans(text):
                return ""  # "Publiceret 25-10-2017" has its own date: it labels no other
            return text if text.endswith(":") or len(text.split()) <= 4 else ""
    return ""


def meeting_cover(lines: list[Line]) -> bool:
    """The document opens as a meeting's record: a date the meeting was held (a line that
    opens with it, a sentence about the meeting, a date field) and a time, place or attendance
    field near it. A letter with a date is no such cover."""
    filled = [ln for ln in lines if ln.text][:40]
    dated = described = False
    for n, line in enumerate(filled):
        match = field_match(line.text)
        if match is not None:
            kind, label, value = match
            described = described or kind in ("time", "when", "location", "attendees", "absent")
            described = described or label in ("referent", "ordstyrer", "dirigent", "mødeleder")
            dated = dated or (
                kind in ("date", "when") and any(s.day for s in when.date_spans(value))
            )
            continue
        text = numbered_date_line(line.text)
        if n >= _COVER_LINES or _list_item(text):
            continue
        for span in when.date_spans(text):
            if span.day and not when.other_day(text, span):
                dated = dated or when.opens(text, span) or when.about_the_meeting(text, span)
            break
    return dated and described
