"""The events a referat names with their date ("Generalforsamling torsdag d. 27/3-2014",
"21.-22. november: Vi afholder årets sidste arbejdsweekend", "Årsmøde: Tirsdag den 20.5.2014"),
for the deadlines that name them elsewhere ("inden generalforsamlingen", "ifm. arbejdsweekend",
"annonce 14 dage før" under the item about it): :func:`with_events` gives them to the deadline
grammar as :class:`tracker.deadlines.meetings.Planned` events.

A date counts only where it is tied to the event: right after its name (with "afholdes",
"er", a weekday or "d." between), as the label before it ("21.-22. november: Vi afholder …"),
or opening the item the title names it in ("8. Generalforsamling" / "Torsdag d. 27/3 kl. 18.30
i klubhuset."). A year left out is the one ahead of the meeting, as the grammar reads it; a day
in the weeks just before the meeting is one gone. An event dated twice with two different dates,
or dated before the meeting, gives no date: never a wrong one.

Pure module: stdlib and the deadline grammar only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from tracker.deadlines import Deadline, DeadlineError, format_date, format_range, parse_deadline
from tracker.deadlines.meetings import Planned
from tracker.deadlines.words import MONTHS_ALTERNATION

# The events clubs, councils and boards plan and tie tasks to; one word each, as said.
_NOUNS = (
    "generalforsamling", "årsmøde", "repræsentantskabsmøde", "arbejdsdag", "arbejdsweekend",
    "arbejdslørdag", "arbejdssøndag", "julefrokost", "julefest", "juletræsfest", "sommerfest",
    "høstfest", "byfest", "skolefest", "jubilæumsfest", "borgermøde", "dialogmøde", "fællesmøde",
    "stormøde", "temamøde", "temadag", "budgetmøde", "budgetseminar", "forældremøde",
    "informationsmøde", "loppemarked", "julemarked", "kommunalvalg", "folketingsvalg",
    "regionsrådsvalg", "menighedsrådsvalg", "klubmesterskab", "sankthansaften", "fastelavn",
)  # fmt: skip
_NOUN = re.compile(
    r"(?<![\wæøå])(?P<extra>ekstraordinær[et]?\s+)?(?P<noun>"
    + "|".join(sorted(_NOUNS, key=len, reverse=True))
    + r")(?:en|et|n|t)?s?(?![\wæøå])",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
# A date as the grammar reads it whole: "27/3-2014", "d. 26.11", "21.-22. november",
# "Tirsdag den 20.5.2014", "12. maj 2021" (the weekday is checked against the date).
_DATE = (
    r"(?P<date>(?:" + _WEEKDAY + r"\s*,?\s*)?(?:(?:den|d\.)\s*)?"
    r"(?:\d{1,2}\.?\s*[-–]\s*)?\d{1,2}(?:\s*[./-]\s*\d{1,2}(?:\s*[./-]\s*\d{2,4})?"
    r"|\.?\s*(?:" + MONTHS_ALTERNATION + r")(?:\s+\d{4})?))(?![\d/])"
)
_HOLD = r"(?:afholdes|holdes|afvikles|afholder|holder|arrangerer|arrangeres)"
# The event's name, then its date: "Generalforsamling torsdag d. 27/3", "borgermødet afholdes
# 12. maj 2021", "Årsmøde: Tirsdag den 20.5.2014", "julefrokosten bliver d. 26.11".
_AFTER = re.compile(
    r"\s*(?:[:–-]\s*|\(\s*)?(?:(?:er|bliver|blev|" + _HOLD + r"|finder\s+sted|fastsat|"
    r"fastlagt|planlagt|berammet|lagt|til|på)\s+){0,3}" + _DATE,
    re.IGNORECASE,
)
# The date as the label before the event: "21.-22. november: Vi afholder årets sidste
# arbejdsweekend", "Den 27/3 afholdes generalforsamling".
_BEFORE = re.compile(
    r"^\W*" + _DATE + r"(?:\s+kl\.?\s*[\d.:]+(?:\s*[-–]\s*[\d.:]+)?)?\s*(?::|–|-)?\s*"
    r"(?:[\wæøå]+\s+){0,2}?" + _HOLD + r"\s+(?:[\wæøå]+\s+){0,3}?$",
    re.IGNORECASE,
)
# The event's name after a word that makes the date another thing's: "formøde til
# generalforsamlingen den 3. april" dates the formøde.
_HEAD_BEFORE = re.compile(
    r"(?:\b(?:til|før|inden|efter|fra|om|siden|for|ifm\.|ift\.)|forud\s+for)\s+"
    r"(?:(?:den|det|næste|årets|kommende|ordinære)\s+)?$",
    re.IGNORECASE,
)
_JUST_GONE = timedelta(days=60)  # "julefrokosten d. 26.11" in the minutes of 1.12 is gone


def _key(m: re.Match) -> str:
    return ("ekstraordinær " if m["extra"] else "") + m["noun"].lower()


def _read(words: str, reference: date) -> tuple[date, date] | None:
    """The days the date words mean ahead of the meeting; None for words the grammar
    refuses (a weekday that is not the date's); ``(None, None)``-like past dates as None."""
    words = re.sub(r"(\d{1,2}/\d{1,2})\s+-\s*(\d{4})", r"\1-\2", " ".join(words.split()))
    try:
        deadline = parse_deadline(words, reference)
    except DeadlineError:
        return None
    start, end = deadline.start, deadline.end
    if start is None or end is None or deadline.kind not in ("day", "range"):
        return None
    if (end - start).days > 4:
        return None  # a weekend at most, not a month
    return start, end


def _past(words: str, days: tuple[date, date], reference: date) -> bool:
    start, end = days
    if start <= reference:
        return True
    if re.search(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}", words):
        return False
    try:
        last_year = end.replace(year=end.year - 1)
    except ValueError:
        return False
    return timedelta(0) <= reference - last_year <= _JUST_GONE


def _dated_in(text: str) -> list[tuple[str, str]]:
    """(event name, date words) for each event the text dates."""
    found = []
    for m in _NOUN.finditer(text):
        if _HEAD_BEFORE.search(text[: m.start()]):
            continue
        after = _AFTER.match(text, m.end())
        if after:
            found.append((_key(m), after["date"]))
            continue
        sentence = re.split(r"[.!?](?:\s+|$)(?=[A-ZÆØÅ\d])", text[: m.start()])[-1]
        before = _BEFORE.match(sentence)
        if before:
            found.append((_key(m), before["date"]))
    return found


def _opening_date(text: str) -> str | None:
    """The date an item's text opens with ("Torsdag d. 27/3 -2014 kl. 18.30 i klubhuset.",
    "Afholdes den 12. marts kl. 19"), the date of the event its title names."""
    m = re.match(r"\W*(?:(?:afholdes|holdes|dato)\s*:?\s*)?" + _DATE, text, re.IGNORECASE)
    if m is None:
        return None
    tail = text[m.end() :].lstrip()
    if tail and not re.match(r"(?:[-–]?\s*\d{4}\b|kl\b|klokken\b|i\b|på\b|hos\b|[.,;:(])", tail):
        return None  # "Den 27/3 skal regnskabet være klar" is a deadline, not the event's day
    return m["date"]


def _texts(item) -> list[str]:
    return [item.decision or "", item.summary or ""] + [p.text for p in item.points]


def dated_events(minutes, reference: date | None) -> dict[str, tuple[date, date]]:
    """The events the referat dates, each with one date ahead of the meeting (first and last
    day); an event dated twice differently, or before the meeting, is left out."""
    if reference is None:
        return {}
    seen: dict[str, set] = {}
    for item in minutes.agenda_items:
        texts = [item.title or ""] + _texts(item)
        found = [pair for text in texts for pair in _dated_in(text)]
        names = {_key(m) for m in _NOUN.finditer(item.title or "")}
        opening = next((t for t in _texts(item) if t.strip()), "")
        if len(names) == 1 and not found and (words := _opening_date(opening)):
            found.append((names.pop(), words))
        for name, words in found:
            days = _read(words, reference)
            if days is None:
                seen.setdefault(name, set()).add(None)  # a weekday off: not to be trusted
            else:
                seen.setdefault(name, set()).add(None if _past(words, days, reference) else days)
    return {name: days.pop() for name, days in seen.items() if len(days) == 1 and None not in days}


def with_events(meetings: Planned, events: dict[str, tuple[date, date]], item) -> Planned:
    """The planned meetings with the referat's dated ``events``, and the one ``item`` is
    about (its title's, or the only one its text names) for "14 dage før"."""
    if not events:
        return meetings
    named = {_key(m) for text in [item.title or ""] for m in _NOUN.finditer(text)} & set(events)
    if not named:
        named = {_key(m) for t in _texts(item) for m in _NOUN.finditer(t)} & set(events)
    about = named.pop() if len(named) == 1 else ""
    listed = tuple((name, first, last) for name, (first, last) in events.items())
    return replace(meetings, events=meetings.events + listed, event=about)


_TITLED_DAYS = 90  # as tracker.minutes.task_deadlines.event_in_title: further ahead plans a season


def titled_event(item, events: dict[str, tuple[date, date]], reference: date | None):
    """The event an item's title is and nothing more ("6) Julefrokost", "Årets arbejdsdag"),
    dated in the referat weeks ahead: the tasks under it are for that day, as under a title
    that dates it itself ("Julebanko onsdag 28 nov"). "Klargøring til generalforsamling"
    is about getting ready, not the event: its tasks keep their own deadlines."""
    title = " ".join((item.title or "").split()).strip(" .:")
    m = _NOUN.fullmatch(re.sub(r"^(?:årets|den|det)\s+", "", title, flags=re.I))
    if m is None or reference is None or _key(m) not in events:
        return None
    first, last = events[_key(m)]
    if not 0 < (first - reference).days <= _TITLED_DAYS:
        return None
    dates = format_date(last) if first == last else format_range(first, last)
    words = f"til {title.lower()} ({dates})"
    return words, Deadline(words, first, last, "day" if first == last else "period")
