"""The deadlines a proposed task's words give, as the draft rules read them: only those
ahead of the meeting, "mandag" at a task's end as "på mandag", "udsætte … til 2013"; and a
deadline given to a draft afterwards ("Deadline 1/11" after it, "Der aftales en deadline til
15. april" before the tasks it covers: tracker.minutes.drafts).

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from tracker.deadlines.meetings import dated_words
from tracker.deadlines.words import WEEKDAYS_ALTERNATION

# Not the deadline grammar's business: a weekday alone at a task's end means "på <weekday>".
# "… ud til alle tilmeldte mandag"; not a choice or a habit ("evt. en mandag eller fredag",
# "hver fredag")
_WEEKDAY_AT_END = re.compile(
    r"(?<!\ben)(?<!\beller)(?<!\bhver)(?<!\bog)(?<!\bsidste)(?<!\bforrige)\s(?:senest\s+|inden\s+|til\s+)?("
    + WEEKDAYS_ALTERNATION
    + r")\s*[.!]?\s*$",
    re.IGNORECASE,
)
_POSTPONED_TO = re.compile(r"\b(?:udskyd|udsæt)\w*\b.{0,80}?\btil\s+(\d{4})\b", re.IGNORECASE)


def _find_all_deadlines(text: str, reference: date, meetings=()) -> list:
    try:
        from tracker.deadlines import find_all_deadlines
    except ImportError:  # pragma: no cover - the deadlines package ships with the app
        return []
    try:
        return list(find_all_deadlines(text, reference, meetings))
    except Exception:  # a deadline we cannot read must not stop the whole proposal
        return []


def future_deadlines(text: str, reference: date, meetings=()) -> list[tuple[str, object]]:
    """The deadlines in a task's words that lie ahead of the meeting (not the meeting's own
    date, not a year named in passing); a weekday at the end is "på <weekday>"."""
    result = []
    # Found once, not per deadline (a text of thousands of dates read it thousands of times):
    # where "angående …" and "er rykket …" begin, and each "-" before a small letter.
    about = [m.start() for m in _ABOUT_AFTER.finditer(text)]
    moved = [m.start() for m in _MOVED_AFTER.finditer(text)]
    hyphens = [m.start() for m in _HYPHEN_WORD.finditer(text)]  # "-" before a small letter
    ends: dict[int, set[str]] = {}
    about_ends: dict[int, set[str]] = {}
    moved_ends: dict[int, set[str]] = {}
    for words, deadline in _find_all_deadlines(text, reference, meetings):
        start = getattr(deadline, "start", None)
        end = getattr(deadline, "end", None) or start
        if end is not None and end < reference:
            continue  # "seminaret i oktober 2024" is history, not a deadline
        if start == reference and end == reference and re.search(r"\d", words or ""):
            continue  # "i mødet den 27. august" names this meeting, not a deadline
        if words and _in_quotes(words, text):
            continue  # "Punktet “Budgettet vedtages ultimo maj” flyttes": a name's words
        if words and hyphens and words in _ending_at(text, hyphens, len(words), ends):
            continue  # "flyttes til sept-oktober-nov": the grammar read part of a longer span
        if words and about and words in _ending_at(text, about, len(words), about_ends):
            continue  # "rapport … den 15. nov. angående alarmen": the date of a letter or a visit
        if words and moved and words in _ending_at(text, moved, len(words), moved_ends):
            continue  # "Mødet d. 3/5 er rykket til den 15/5": the day it was, not a deadline
        limit = re.match(r"\s*(?:senest|inden|før|frist)\b", words or "", re.I)
        before = _before(text, words) if words else ""
        if words and not limit and _EXAMPLE.search(before):
            continue  # "f.eks. 20. december" is a day suggested
        if words and not limit and re.search(r"\d", words) and _EVENT_CALLED.search(before):
            continue  # "indkalde til generalforsamling d. 27/4" names the event's day, not the
            # day the calling is due ("indkalde til dialogmøder i efteråret" is the time to)
        if words and _HELD_IN_BRACKETS.search(before):
            continue  # "Lys i Mørket (afholdes 1.-2. november): Eva skriver i april …": the
            # event's days, named beside the task ("i april" is its own)
        if words and _SINCE.search(before):
            continue  # "ikke holdt møde siden d. 16 december": a day gone by, though no year
        if words and _WEEKDAY_SPAN.search(before + words):
            continue  # "Fredag til søndag 9-16", "mandag til torsdag": opening days, no deadline
        if _days_just_gone(words or "", deadline, reference):
            continue  # "arrangementet den 22. maj" in the minutes of 24 May is two days ago
        bare_year = re.fullmatch(r"\s*(?:i\s+)?\d{4}\s*", words or "")
        if bare_year and not re.search(
            r"(?:inden|senest|udgangen\s+af)\s+(?:i\s+)?" + re.escape(words.strip()) + r"\b", text
        ):
            continue  # "reformer, der vil præge 2025 og frem" is no deadline
        result.append((dated_words(words, start, end, meetings), deadline))  # an event's
    if not result:
        weekday = _WEEKDAY_AT_END.search(text)
        postponed = _POSTPONED_TO.search(text)
        if weekday:  # "Louisa skriver ud til alle tilmeldte mandag"
            result = future_deadlines("på " + weekday.group(1).lower(), reference, meetings)
        elif postponed:  # "udskyde vurderingen … til 2013": that year, said as the grammar reads it
            found = _find_all_deadlines("i " + postponed.group(1), reference, meetings)
            result = [
                (w, d) for w, d in found if (getattr(d, "end", None) or reference) >= reference
            ]
    return result


# What stands just before a date that is not the task's: an example ("f.eks.", "fx"), or the
# event a notice is sent for ("indkalde til generalforsamling", "der indkaldes til møde").
_DAY_ABOUT = r"\s*(?:(?:" + WEEKDAYS_ALTERNATION + r")\s+)?(?:den\s+|d\.\s*)?$"
_EXAMPLE = re.compile(r"\b(?:f\.\s?eks\.?|fx|eksempelvis|for\s+eksempel)" + _DAY_ABOUT, re.I)
_SINCE = re.compile(r"\bsiden" + _DAY_ABOUT, re.I)
_EVENT_CALLED = re.compile(
    r"\bindkald\w*\s+til\s+(?:[\wæøå-]+\s+){0,2}?[\wæøå-]*(?:generalforsamling|møde|årsmøde)[\wæøå]*"
    + _DAY_ABOUT,
    re.I,
)
# After a date: what was to happen that day has moved or is off ("er rykket", "blev flyttet")
_MOVED_AFTER = re.compile(
    r"\s+(?:er|blev|bliver|vil\s+blive)\s+(?:rykket|flyttet|udsat|aflyst)\b", re.IGNORECASE
)
_WEEKDAYS = "(?:" + WEEKDAYS_ALTERNATION + ")"
_WEEKDAY_SPAN = re.compile(r"\b" + _WEEKDAYS + r"\s*(?:til|-|–)\s*" + _WEEKDAYS + r"\s*$", re.I)
# "(afholdes 1.-2. november)": an event's day in brackets beside the task
_HELD_IN_BRACKETS = re.compile(
    r"\((?:[\wæøå-]+\s+){0,2}?(?:af)?holdes\s+(?:den\s+|d\.\s*)?(?:fra\s+)?$", re.I
)
_QUOTED = re.compile(r"“[^“”]{1,120}”|»[^»«]{1,120}«|\"[^\"]{1,120}\"")


_ABOUT_AFTER = re.compile(r"\s+(?:angående|vedrørende|vedr\.)")
_HYPHEN_WORD = re.compile(r"-[a-zæøå]")


def _ending_at(text: str, hyphens: list[int], size: int, ends: dict[int, set[str]]) -> set[str]:
    """The ``size`` characters before each of the places (``hyphens``: where "-sept" or "er
    rykket" begins), kept per size in ``ends``; the same as searching the text for the words
    followed by what begins there."""
    if size not in ends:
        ends[size] = {text[at - size : at] for at in hyphens if at >= size}
    return ends[size]


def _in_quotes(words: str, text: str) -> bool:
    """The deadline's words stand inside quotation marks: part of a title or a name."""
    return any(words in quoted for quoted in _quoted(text))


@lru_cache(maxsize=64)
def _quoted(text: str) -> tuple[str, ...]:
    """The quoted passages of a text, found once for all its deadlines (pure: cached)."""
    return tuple(quoted.group() for quoted in _QUOTED.finditer(text))


def _before(text: str, words: str) -> str:
    """The 90 characters before the words' first place (text.split(words, 1)[0][-90:],
    without copying the whole text at each deadline)."""
    at = text.find(words)
    return text[max(0, at - 90) : at] if at >= 0 else text[-90:]


def _days_just_gone(words: str, deadline, reference: date) -> bool:
    """A day named without its year that fell in the weeks before the meeting: the grammar
    reads it as next year's ("senest 1. marts" in the minutes of 4 March), the minutes mean
    the one just gone. Only a day: "i uge 38" in the minutes of 10 November is next year's
    week, as the grammar reads it."""
    start = getattr(deadline, "start", None)
    end = getattr(deadline, "end", None) or start
    if getattr(deadline, "precision", "day") != "day" or end is None:
        return False
    if re.search(r"\d{4}|\bår\b", words) or not re.search(r"\d", words):
        return False
    if start not in (None, reference) and (end - start).days > 7:
        return False  # a month or a season, not a day
    try:
        last_year = end.replace(year=end.year - 1)
    except ValueError:  # 29 February
        return False
    return timedelta(0) < reference - last_year <= timedelta(days=45)


def give_deadline(draft, found: tuple[str, object]) -> None:
    """Set a draft's deadline (words, first and last day) from a found deadline."""
    words, deadline = found
    draft.deadline_text = words
    draft.due_start = getattr(deadline, "start", None)
    draft.due_end = getattr(deadline, "end", None) or draft.due_start


def event_in_title(title: str, reference: date | None, meetings=()) -> tuple[str, object] | None:
    """The day of an event an item's title names ("Julebanko onsdag 28 nov", "Sommerfest
    lørdag den 14. juni"), weeks ahead at most: the tasks under it are due by then."""
    if not title or reference is None:
        return None
    for words, deadline in future_deadlines(title, reference, meetings):
        end = getattr(deadline, "end", None)
        precise = getattr(deadline, "precision", "day") == "day"
        if precise and end is not None and 0 < (end - reference).days <= _EVENT_DAYS:
            return words, deadline
    return None


_EVENT_DAYS = 90  # a title's date further ahead plans a season, not a task's last day

# A paragraph's lead-in that says the lines after it concern a day, ended by a colon: "Vedr.
# arbejdsdag den 26. april:", "Til sommerfesten lørdag 14. juni:", "Ang. 2. maj, hvor kalvene
# ankommer:". No sentence ends inside it ("Bo kommer. Mødet 3. maj:" is no lead). An event's
# name alone over the topics of its planning ("Sommerfesten 6. juni – plan vedlagt: Brunch: …
# Sponsorer: …") is a heading: those tasks are due before the day, on no day it gives.
_DATED_LEAD = re.compile(
    r"^\s*(?P<lead>(?:vedr\.|ang\.|vedrørende|angående|til|for|ifm\.|i\s+forbindelse\s+med)\s"
    r"(?:(?![.!?]\s+(?-i:[A-ZÆØÅ]))[^:\n]){3,70}):(?=\s|$)",
    re.IGNORECASE,
)


def dated_lead(
    text: str, reference: date | None, meetings=()
) -> tuple[tuple[str, object], bool] | None:
    """The day a paragraph's lead-in names ("Vedr. arbejdsdag den 26. april: Benni står for
    låse på lågerne. …"): the tasks after it are due by then. With it, whether the lead stands
    alone (its list follows in the next points)."""
    m = _DATED_LEAD.match(text or "")
    if m is None:
        return None
    event = event_in_title(m["lead"], reference, meetings)
    if event is None:
        return None
    return event, not text[m.end() :].strip()


# The notice of an event: "Skrive indkaldelse", "Sende invitationer ud", "Annoncere festen".
_NOTICE = re.compile(
    r"\b(?:indkald\w*|invitation\w*|invitere|inviter|indbydelse\w*|indbyde|annonc\w*"
    r"|dagsorden(?:en)?)\b",
    re.IGNORECASE,
)


def due_by_event(task_title: str) -> bool:
    """Whether a task under an event's item is due by the event's day: the notice of it
    ("Skrive indkaldelse" under "Generalforsamling 18. marts") is due weeks before, on a day
    the title does not give (the food, "Maden – Niels", is due by then)."""
    return not _NOTICE.search(task_title)
