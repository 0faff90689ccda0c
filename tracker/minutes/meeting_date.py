"""The meeting's own date: the day the referat says the meeting was held, never another day.

Where it is read, strongest first:

- a labelled field in the head ("Mødedato: …", "Dato 04.12.2012", "STARTTIDSPUNKT" and
  "03-11-2015 16:30:00" on the next line);
- the title ("Referat 1. oktober 2025", "REFERAT Lederforum d. 26-02-2025");
- the cover's own lines: a line that opens with the date ("Torsdag den 20. juni 2013",
  "den 6. november 2017 kl. 11:30", "24.04.2018 kl. 09:00") or a sentence about the meeting
  ("Referat fra Ældrerådets møde den 22. februar 2016 i …", "… møde afholdt hos … den …");
- this meeting named in the body ("Beslutning i Socialudvalget den 21-04-2026", "Godkendelse af
  dagsorden for ØU den 22. oktober 2018", "Behandling i … den …"): taken, with a warning.

A date in English ("Onsdag, September 6, 2017") is read, an English weekday's stamp is not; a
meeting moved ("… den 24.1 2022 flyttet til 21.2") is held on the new day
(:mod:`tracker.minutes.moved`); a date code ("091110 Referat …") is only named when the date is
asked for (:mod:`tracker.minutes.date_asked`).

Never another meeting's date ("Næste møde: …", "Godkendelse af referat fra mødet den …", "Ny
mødedato"), a web page's ("Publiceret", "Sidst opdateret", "Skrevet af … d. …") or a
deadline's ("senest", "frist"). A page's bare stamp ("27. juni 2023 kl. 10:24") loses to a
cover date the meeting's own words lead into ("Tirsdag den 9. maj 2023", "Mødet blev afholdt …
den …"), with a warning naming both.
Which of the dates read is the meeting's, and the warnings about it, is
:mod:`tracker.minutes.date_choice`.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tracker.deadlines import find_date
from tracker.deadlines.words import ABBREVIATED_MONTHS, EN_MONTHS, FULL_MONTHS, MONTHS_ALTERNATION
from tracker.minutes.cut_months import cut_month_dates
from tracker.minutes.moved import before_moved, moved_from, moved_to

_MONTHS = MONTHS_ALTERNATION + "|jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec"
MONTH_NAMES = tuple(_MONTHS.split("|")[:12])
# A web page's date in English, as a site without a Danish locale prints it ("Onsdag,
# September 6, 2017", "6 October 2017"): the grammar reads it; the month first wants its year.
_EN_MONTHS = "january|february|march|may|june|july|october|oct"
_EN_FIRST = r"(?:" + "|".join(name.lower() for name in EN_MONTHS) + r")\s+\d{1,2},?\s+\d{4}"
_MONTHS += "|" + _EN_MONTHS
_EN_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$", re.IGNORECASE
)
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
# the word that leads into a date: "den", "d." or a bare "d" ("Onsdag d 11 oktober 2017")
_LEAD = r"(?:den|d\.|\bd(?=\s))"
# One date as written, with the words that lead into it: "Onsdag den 25-10-2017",
# "d. 7 februar 2022", "2021.11.09", "09. 11 2021", "06.03 2017", "15-maj-2002",
# "den 25. maj", "mandag d. 1.11." (no year), "Onsdag d 11 oktober 2017" (no full stop).
DATE_WORDS = re.compile(
    r"(?:(?P<weekday>" + _WEEKDAY + r")\s*,?\s*)?(?:(?P<lead>" + _LEAD + r")\s*)?"
    # (?<!\d): a day never from a year's or another number's last figures ("2015 apr. 20")
    r"(?P<date>(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}\.\d{1,2}\.\d{1,2}"
    # the year first, as a club's page files it: "2015 apr. 20"
    r"|\d{4}\s+(?:" + _MONTHS + r")\b\.?\s+\d{1,2}(?![\d.:/-]\d)"
    r"|\d{1,2}\s?[-./]\s?\d{1,2}\s?[-–./]\s?(?:\d{4}|\d{2}(?![.:/]\d))(?!\d)|\d{1,2}\.\s?\d{1,2}\s\d{4}"
    r"|\d{1,2}/\d{1,2}\s\d{4}"
    r"|\d{1,2}-(?:" + _MONTHS + r")-\d{4}"
    r"|\d{1,2}\.?\s*(?:" + _MONTHS + r")\b\.?(?:,?\s*(?P<year>\d{4}|['’´]\d{2}(?!\d)))?"
    # day and month in figures without the year, only after a weekday and "den" or "d."
    # ("mandag d.1.11.", "tirsdag den 29-5"; "tirsdag 18.10" is a time)
    r"|(?(weekday)(?(lead)\d{1,2}[./-]\d{1,2}\.?(?![./-]?\d)|(?!))|(?!)))"
    r"|" + _EN_FIRST + r")(?!\d|:\d)",
    re.IGNORECASE,
)
# Words that make a date another day's: the next or an earlier meeting, a page's dates, a deadline.
# "Godkendelse af dagsorden for … den …" is this meeting's, "godkendelse af referat" is not;
# "GODKENDT referat - … den …" is this meeting's minutes, approved.
_OTHER_DAY = re.compile(
    r"(?<![\wæøå])(?:næste|kommende|sidste|forrige|foregående|tidligere|seneste|senest|frist"
    r"|deadline|publiceret|offentliggjort|opdateret|udgivet|oprettet|ændret|udskrevet|udsendt"
    r"|udsendelsesdato|udsendelse|skrevet|indsendt|godkend(?:else|er|es)(?!\s+(?:af\s+)?dagsorden)|opfølgning"
    r"|ny\s+mødedato|mødeplan|mødekalender|berammet|udsat|udskudt|flyttet)(?![\wæøå])",
    re.IGNORECASE,
)
# "Bemærkninger til referatet fra mødet den …" dates earlier minutes; but a line that hands
# over these minutes ("Emne: Referat fra møde i Hoved-MED 14. april 2026", "Her er referatet
# fra mødet den …") dates this meeting.
# A bullet before "Referat af mødet …" (a post's title) is no word; "Beslutnings referat af …"
# is one word written apart (a compound), these minutes; a capital "Referat fra" inside a line
# is a title run together with the page's ("… 5. december 2014 Referat fra … møde den 3.
# december"), these minutes too.
_EARLIER_MINUTES = re.compile(
    r"(?<![\wæøå])(?:referatet|(?<=[^\s•*·]\s)(?-i:referat)\w*\s+(?:fra|af))"
    r"(?![\wæøå])",
    re.IGNORECASE,
)
# "Dagsorden til og referat af tirsdag d. …": the agenda and minutes of this meeting
_BOTH_OF = r"^\W*dags?orden\s+(?:til\s+)?og\s+referat\s+(?:af|fra)\b"
_HANDS_OVER = re.compile(
    r"^\W*(?:emne|subject|sv|vs|fw|fwd|her\s+er|hermed|vedlagt|vedhæftet)\b|"
    + _BOTH_OF
    + r"|^\W*[a-zæøå]{4,}s\s+referat\w*\s+(?:fra|af)\s"
    # "Kort referat fra klubmøde tirsdag d. …", "Foreløbigt referat af …": these minutes
    + r"|^\W*(?:kort|kortfattet|foreløbigt?|endeligt?|revideret|rettet|samlet|udvidet)"
    + r"\s+referat\w*\s+(?:fra|af)\s"
    # "Ekstrakt af referat af bestyrelsesmøde fredag den …": a part of these minutes
    + r"|^\W*(?:ekstrakt|uddrag|udskrift|udsnit)\s+af\s+(?:det\s+)?referat",
    re.IGNORECASE,
)
# A sentence about the meeting: "… møde den 22. februar 2016", "Arbejdsgruppemøde afholdt … den".
# (not "Mødepunkt", "Mødeplan", "Møderække": an item of a meeting, or its plan of dates)
MEETING_WORD = re.compile(
    r"(?:møde(?!punkt|plan|kalender|række)\w*|afholdt|holdt)\b", re.IGNORECASE
)
# This meeting named in the body; the forum's name goes between "i" and "den".
_BODY_MARKS = re.compile(
    r"(?:^|\b)(?:beslutning(?:er)?\s+(?:i\s+)?|behandling\s+i\s+|"
    r"(?:godkendelse\s+af\s+|godkender\s+)?dagsorden(?:en)?\s+(?:for|til)\s+)"
    r"(?:[^.:;]{0,80}?\s)?(?:" + _WEEKDAY + r"\s+)?(?:den|d\.)\s*\d",
    re.IGNORECASE,
)

# A post's lead: "Her kan du læse referat af møde i Ældrerådet den 28. juni 2023"
# (never "Godkendelse af referat fra mødet den …", another meeting's)
_MINUTES_OF_MEETING = re.compile(
    r"\b(?:læse|se|hermed|her\s+er|vedlagt|følger|finde[rs]?)\s+(?:\w+\s+)?referat(?:et)?"
    r"\s+(?:af|fra)\s+(?:[^.:;]{0,60}?\s)?\w*møde\w*\s(?:[^.:;]{0,60}?\s)?"
    r"(?:" + _WEEKDAY + r"\s+)?(?:den|d\.)\s*(?=\d)",
    re.IGNORECASE,
)
# "Dato: 10. december 2015" under an item's "Beslutning fra …" (a council's web page).
_DATE_LABEL = re.compile(r"^\W*(?:møde)?dato\s*:", re.IGNORECASE)


@dataclass
class Candidate:
    """A date the document gives its meeting, where it was read, and how strongly."""

    day: date
    kind: str  # "field", "title", "cover" or "body" (see date_choice.RANKS)
    text: str  # the line it was read from, for the warning
    position: int  # the line's index, earlier wins among equals
    weekday: str | None = None  # the weekday written before it, if any
    own: bool = False  # the meeting's own words lead into it ("Tirsdag den …", "møde … den")
    stamp: bool = False  # a bare date and time alone on its line ("27. juni 2023 kl. 10:24")


@dataclass
class DateSpan:
    """A date written in a line: where, and what day (``day`` None when it has no year)."""

    start: int
    end: int
    day: date | None
    weekday: str | None
    day_month: tuple[int, int] | None  # (day, month) when the year is missing


def _normalise(words: str) -> str:
    """The forms the deadline grammar does not read, rewritten in ones it does:
    "2021.11.09", "09. 11 2021", "04 .12. 2023", "15-maj-2002", "26.2-23" (as "26/2-23"),
    "25/4 – 19" (the year after a dash), "2. april '22" (the year cut to two figures),
    "27 November. 2019" (a full stop after the month), "2015 apr. 20" (the year first)."""
    words = re.sub(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", r"\1-\2-\3", words)
    words = re.sub(r"^(\d{4})\s+([a-zæøå]+)\.?\s+(\d{1,2})$", r"\3. \2 \1", words, flags=re.I)
    words = re.sub(r"^(\d{1,2})(?:\.\s?|/)(\d{1,2})\s(\d{4})$", r"\1.\2.\3", words)
    words = re.sub(r"^(\d{1,2})\s?([-./])\s?(\d{1,2})\s?([-./])\s?(\d+)$", r"\1\2\3\4\5", words)
    words = re.sub(r"^(\d{1,2})/(\d{1,2})\s?–\s?(\d{2}|\d{4})$", r"\1/\2-\3", words)  # "25/4 – 19"
    words = re.sub(r"^(\d{1,2})\.(\d{1,2})-(\d{2}|\d{4})$", r"\1/\2-\3", words)  # "26.2-23"
    words = re.sub(r"\s*['’´](\d{2})$", r" 20\1", words)  # "2. april '22": this century's year
    words = re.sub(r"^(\d{1,2}\.?\s*[a-zæøå]+)\.,?\s*(\d{4})$", r"\1 \2", words, flags=re.I)
    return re.sub(r"^(\d{1,2})-([a-zæøå]+)-(\d{4})$", r"\1. \2 \3", words, flags=re.I)


_SHORT_LEAD = re.compile(r"(?:\bden|\bd\.|\breferat|\bdato\s*:?)\s*$", re.IGNORECASE)


# "d. 20./9. 2023": a stray full stop after the day, before the slash
_STRAY_DOT = re.compile(r"\b(\d{1,2})\./(\d{1,2})\.\s?(\d{4})\b")


def _stray_dot(m: re.Match) -> str:
    """ "20./9. 2023" as "20/9 2023", padded to its length (the spans keep their places)."""
    return f"{m[1]}/{m[2]} {m[3]}".ljust(len(m[0]))


def date_spans(text: str) -> list[DateSpan]:
    """Every date written in the text, with or without its year, in order."""
    spans = []
    text = _STRAY_DOT.sub(_stray_dot, text)
    for m in DATE_WORDS.finditer(text):
        words = m.group("date")
        if re.search(r"\bkl(?:\.|okken)?\s*$", text[: m.start()], re.I):
            continue  # "kl. 09.10-11.00" is a time
        lead = text[: m.start("date")]
        if re.fullmatch(r"\d{1,2}\.\d{1,2}-\d{2}", words) and not _SHORT_LEAD.search(lead):
            continue  # "26.2-23" is a date after "den" or "Referat"; "Tid 10.05-12" is a time
        day = find_date(_normalise(words))
        day_month = None
        if day is None:
            if re.search(r"\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2}", words):
                continue  # an impossible date ("31. februar 2025")
            day_month = _day_month(words)
            if day_month is None:
                continue
            short = _SHORT_YEAR.match(text, m.end())
            if short:  # "Menighedsrådsmøde 10. juni 15": the year in two figures
                day = _with_short_year(day_month, short[1])
                day_month = None if day else day_month
        if _EN_WEEKDAY.search(text, 0, m.start()):
            continue  # "Friday, November 17, 2017 9:08:22 AM": a mail's or printer's stamp
        weekday = (m.group("weekday") or "").lower() or None
        spans.append(DateSpan(m.start(), m.end(), day, weekday, day_month))
        moved = moved_to(text, m.end(), day) if day else None
        if moved:  # "den 24.1 2022 flyttet til 21.2": the new day, in the old one's year
            spans.append(DateSpan(moved[0], moved[1], moved[2], None, None))
    named = _NAMED_FIGURES.search(text)
    if named and not any(s.start < named.end() and named.start() < s.end for s in spans):
        # "Referat af Klubmøde d. 26-8 10.", "Referat af bestyrelsesmøde den 26/8": the
        # minutes' own day in figures, the year in two figures or none
        day_month = _day_month(named["date"])
        day = _with_short_year(day_month, named["year"]) if day_month and named["year"] else None
        if day_month:
            spans.append(
                DateSpan(named.start("date"), named.end(), day, None, None if day else day_month)
            )
    for start, end, day, weekday in cut_month_dates(text):  # "Mandag d. 18. se 2023"
        if not any(s.start < end and start < s.end for s in spans):
            spans.append(DateSpan(start, end, day, weekday, None))
    return sorted(spans, key=lambda s: s.start)


# The minutes' or the meeting's own day in figures at the line's end, after "d." or "den"
_NAMED_FIGURES = re.compile(
    r"^\W*referat\b[^\n]{0,60}?\b(?:d\.|den)\s*(?P<date>\d{1,2}[-./]\d{1,2})\.?"
    r"(?:[ \t]+(?P<year>\d{2}))?[ \t]*\.?[ \t]*$",
    re.IGNORECASE,
)


# A year in two figures after a day and month, ending the line or its clause (never a time,
# "10. juni 15.30", nor a count, "10. juni 15 deltagere")
_SHORT_YEAR = re.compile(r"[ \t]+'?(\d{2})(?![.:]?\d)(?=[ \t]*(?:$|[,;)]|\n|[ \t]+kl\b))", re.M)


def _with_short_year(day_month: tuple[int, int], year: str) -> date | None:
    """The day and month with a year in two figures, read as the deadline grammar reads
    "10.6.15" (its one home for two-figure years)."""
    return find_date(f"{day_month[0]}.{day_month[1]}.{year}")


def _day_month(words: str) -> tuple[int, int] | None:
    figures = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})\.?", words)
    if figures:  # "1.11.", "1/11", "29-5" (after a weekday and "den")
        day, month = int(figures.group(1)), int(figures.group(2))
        return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None
    m = re.match(r"(\d{1,2})\.?\s*([a-zæøå]+)", words, re.I)
    if not m:
        return None
    word = m.group(2).lower()
    month = FULL_MONTHS.get(word) or ABBREVIATED_MONTHS.get(word) or 0
    day = int(m.group(1))
    return (day, month) if month and 1 <= day <= 31 else None


def other_day(text: str, span: DateSpan, previous: str = "") -> bool:
    """The date belongs to another day: a word before it in its clause, or in the label above."""
    if moved_from(text, span.end):
        return True  # "24.1 2022 flyttet til 21.2": the day it was first set for
    clause = re.split(r"[.;!?](?:\s+|$)(?=[A-ZÆØÅ\d]|$)", text[: span.start])[-1]
    clause = before_moved(clause)  # the day it was moved to: the words before the first judge
    if _OTHER_DAY.search(clause):
        return True
    if _EARLIER_MINUTES.search(clause) and not _HANDS_OVER.match(clause):
        return True
    # (a page's heading "Referat af seneste bestyrelsesmøde", "Seneste referat" above is these
    # minutes' own)
    latest = re.match(
        r"\W*(?:referat\s+(?:af|fra)\s+(?:det\s+)?seneste\b|seneste\s+referat\W*$)", previous, re.I
    )
    return len(previous) < 60 and bool(_OTHER_DAY.search(previous)) and not latest


def weekday_led(text: str, span: DateSpan) -> bool:
    """The line opens with a weekday and a stray word before the date, then its hour at most
    ("Mandag dag den 25-11-2019 kl. 19.00": a typo kept the weekday from the date)."""
    head, tail = text[: span.start], text[span.end :].strip()
    led = re.fullmatch(r"\W*" + _WEEKDAY + r"\s+[a-zæøå]{2,8}\s+(?:(?:den|d\.)\s*)?", head, re.I)
    timed = not tail or re.match(r"(?:kl\.?|klokken)\s*\d", tail, re.I)
    return led is not None and bool(timed)


def opens(text: str, span: DateSpan) -> bool:
    """The line opens with the date, or with a place and a comma before it ("Vejle, den …"),
    and goes on, if at all, with its time, place or a note ("kl. 10:30 i Salen", "(ekstra)"),
    not as a sentence ("Den 11. januar 2016 er lokalplanen på dagsorden …")."""
    head, tail = text[: span.start], text[span.end :].strip()
    if re.fullmatch(r"[^\w]*|[A-ZÆØÅ][\wæøå-]+,\s*", head) is None:
        return False
    return (
        not tail
        # "kl. 18", "kl1800", "i Salen", "(ekstra)"
        or re.match(r"(?:[^\w\s]|\d|kl(?=\d)|(?:kl|klokken|i|på|hos|fra)\b)", tail, re.I)
        is not None
    )


def about_the_meeting(text: str, span: DateSpan) -> bool:
    """The line speaks of the meeting held on the date: "… møde den 22. februar 2016 …"."""
    before = text[: span.start]
    return bool(MEETING_WORD.search(before) or re.match(_BOTH_OF, before, re.IGNORECASE))


def meetings_own(text: str, span: DateSpan) -> bool:
    """The meeting's own words lead into the date: a weekday and "den" ("Tirsdag den 9. maj
    2023"), "den"/"d." at the line's start, or a sentence about the meeting ("Mødet den …")."""
    words = text[span.start : span.end]
    led = re.match(r"(?:" + _WEEKDAY + r"\s*,?\s*)?" + _LEAD + r"\s*\d", words, re.I) is not None
    return led or about_the_meeting(text, span)


def publication_stamp(text: str, span: DateSpan) -> bool:
    """A web page's stamp: a bare date and a time alone on the line, no weekday, no "den"
    ("27. juni 2023 kl. 10:24", "07.02.2023 14:05")."""
    if span.start > 2 or span.weekday or meetings_own(text, span):
        return False
    tail = text[span.end :].strip()
    return re.fullmatch(r",?\s*(?:kl\.?|klokken)?\s*\d{1,2}[:.]\d{2}", tail, re.I) is not None


def body_candidates(lines: list[str], first_position: int) -> list[Candidate]:
    """This meeting named in the body: "Beslutning i … den …", "dagsorden for … den …"."""
    found = []
    for offset, text in enumerate(lines):
        low = text[:300].lower()
        marked = "beslutning" in low or "behandling" in low or "dagsorden" in low
        if len(text) > 300 or not (marked or "dato" in low[:12] or "referat" in low):
            continue
        lead = _MINUTES_OF_MEETING.search(text)
        if not (_BODY_MARKS.search(text) or _DATE_LABEL.match(text) or lead):
            continue
        for span in date_spans(text):
            own = lead is not None and lead.end() >= span.start
            if span.day is not None and (own or not other_day(text, span)):
                found.append(Candidate(span.day, "body", text, first_position + offset, own=own))
                break
    return found


def other_day_lines(texts: list[str]) -> list[str]:
    """Lines that date another meeting ("Godkendelse af referat fra mødet den …")."""
    out = []
    for text in texts:
        if len(out) >= 3:
            break
        if len(text) < 200 and any(other_day(text, s) for s in date_spans(text) if s.day):
            out.append(text)
    return out


def weekday_matches(span: DateSpan) -> bool:
    """The weekday written before a date is that date's (or none is written)."""
    return span.day is None or span.weekday is None or WEEKDAYS[span.day.weekday()] == span.weekday
