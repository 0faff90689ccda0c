"""Propose draft actions from the decisions and plenum points of a parsed referat.

A person reviews every proposal, so the rules prefer precision: a sentence becomes a draft
when it asks for something to be done (a doer with "skal"/"bør", "følges op", "arbejder videre",
"til politisk godkendelse", "nye initiativer", a future deadline, ...).

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from tracker.minutes.owners import (
    BODIES,
    UNIT_PATTERN,
    People,
    doers,
    find_bodies,
    is_body,
    subject_body,
)
from tracker.minutes.parser import ParsedAgendaItem, ParsedMinutes
from tracker.minutes.tables import apply_task, task_for
from tracker.minutes.titles import LEADING_FILLER, PASSIVE_VERBS, PRESENT, make_title

__all__ = ["BODIES", "DraftAction", "extract_draft_actions", "is_body", "make_title"]
_People = People  # the tests' name for it
_UNIT_START = re.compile(UNIT_PATTERN)

# Not tasks: a status given, a question, a time, a referral to another body, a noting.
_NOT_A_TASK = re.compile(
    r"\b(?:gav|giver|gives)\s+(?:en\s+)?(?:kort\s+)?(?:status|orientering)\b|\borienterede\b"
    r"|\bgennemgik\b|\?\s*$|^\s*kl\.?\s*\d|^\s*(?:Tilbagesendes|Oversendes|Videresendes|Sendes\s+tilbage)\b"
    r"|\btil\s+efterretning\b|^\s*(?:Godkendt|Anbefales|Intet)\b|\bblev\s+(?:godkendt|udsat)\b"
    r"|^\s*Næste\s+møde\s*:",  # the date of the next meeting is no task
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b" + PASSIVE_VERBS + r"\b", re.IGNORECASE)
_NOMINAL = re.compile(r"\budestår\b|^\s*Opfølgning\s*:", re.IGNORECASE)
# Present tense after a doer, but verbs that decide or note rather than promise a task.
_NOT_TASK_VERBS = (
    "godkender", "tiltræder", "anbefaler", "tager", "drøfter", "beslutter", "vedtager",
    "bemærker", "noterer", "konstaterer", "finder", "mener", "er", "har", "bliver", "kan",
    "får", "ser", "hører", "deltager", "støtter", "ønsker", "efter", "under", "over", "hver",
    "der", "her", "eller", "fører", "var", "bakker", "takker", "roser", "anerkender",
    "understreger", "udtrykker", "glæder", "accepterer", "afviser", "spørger", "svarer",
)  # fmt: skip


_SIGNAL = re.compile(
    r"\b(?:følges\s+op|følge\s+op|følger\s+op|arbejder\s+videre|arbejde\s+videre|arbejdes\s+videre"
    r"|vil\s+blive|til\s+politisk\s+godkendelse|proces(?:sen)?\s+for|nye\s+initiativer"
    r"|(?:til\s+)?det\s+videre\s+arbejde|sigtspunkter|handleplan|udarbejde[rs]?|samler|indkalder"
    r"|planlægger|fremlægger|forelægge[rs]?|sørger\s+for|får\s+til\s+opgave|har\s+ansvar(?:et)?"
    r"|tager\s+initiativ|igangsætte[rs]?|afholder|vender\s+tilbage|melder\s+tilbage|sender"
    r"|koordinerer|besluttede\s+at|blev\s+besluttet|aftalt(?:e)?|følger\s+op)\b",
    re.IGNORECASE,
)
_MODAL = re.compile(r"\b(?:skal|bør|må|vil)\b", re.IGNORECASE)
_IMPERATIVE = re.compile(
    r"^(?:Husk|Send|Udarbejd|Indkald|Afklar|Undersøg|Lav|Sørg\s+for|Planlæg|Fremlæg)\b"
)
_ENUM_TRIGGER = re.compile(
    r"\s*(?:,\s*)?\b(?:inkluderer|herunder|omfatter|bl\.\s?a\.|blandt\s+andet|følgende:?)\s+",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(r"\s*;\s*|,\s+(?=(?:og|men|samt)\s)")
_ABBREVIATIONS = (
    "bl.a.",
    "f.eks.",
    "m.v.",
    "fx.",
    "hhv.",
    "kl.",
    "mv.",
    "jf.",
    "ca.",
    "nr.",
    "pkt.",
    "inkl.",
    "evt.",
    "osv.",
    "ift.",
    "vedr.",
    "mht.",
    "dvs.",
    "pga.",
    "iht.",
    "stk.",
    "d.",
)
_DOT = "\u2024"
# One pattern for them all (longest first): the split reads every decision of a referat.
_ABBREVIATION = re.compile(
    r"(?<![\wæøåÆØÅ])(?:"
    + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True))
    + ")",
    re.IGNORECASE,
)


@dataclass
class DraftAction:
    title: str
    source_text: str
    deadline_text: str | None
    due_start: date | None
    due_end: date | None
    owner_names: list[str] = field(default_factory=list)
    agenda_item_number: int = 0
    point_index: int | None = None  # index into the item's points; None for decision paragraphs


def _find_all_deadlines(text: str, reference: date, meetings=()) -> list:
    try:
        from tracker.deadlines import find_all_deadlines
    except ImportError:  # pragma: no cover - the deadlines package ships with the app
        return []
    try:
        return list(find_all_deadlines(text, reference, meetings))
    except Exception:  # a deadline we cannot read must not stop the whole proposal
        return []


def split_sentences(text: str) -> list[str]:
    protected = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", _DOT), text)
    protected = re.sub(r"\b([A-ZÆØÅ])\.(?=\s)", r"\1" + _DOT, protected)
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"«(])", protected)
    return [p.replace(_DOT, ".").strip() for p in parts if p.strip()]


def _future_deadlines(text: str, reference: date, meetings=()) -> list[tuple[str, object]]:
    result = []
    for words, deadline in _find_all_deadlines(text, reference, meetings):
        end = getattr(deadline, "end", None) or getattr(deadline, "start", None)
        if end is not None and end < reference:
            continue  # "seminaret i oktober 2024" is history, not a deadline
        bare_year = re.fullmatch(r"\s*(?:i\s+)?\d{4}\s*", words or "")
        if bare_year and not re.search(
            r"(?:inden|senest|udgangen\s+af)\s+(?:i\s+)?" + re.escape(words.strip()) + r"\b", text
        ):
            continue  # "reformer, der vil præge 2025 og frem" is no deadline
        result.append((words, deadline))
    return result


def _actionable(text: str, people: _People, has_deadline: bool, forum: str = "") -> bool:
    if _NOT_A_TASK.search(text):
        return False
    if has_deadline or _SIGNAL.search(text) or _IMPERATIVE.match(text):
        return True
    if _PASSIVE.search(text) or _NOMINAL.search(text):
        return True
    present = doers(people, PRESENT).match(text.strip())
    if present and present.group(1) not in _NOT_TASK_VERBS:
        return True
    if _MODAL.search(text):
        # a unit as the subject ("Jobcentret skal …"); a role ("Ledelsen skal …") in a
        # discussion is no task of anyone's
        doer = people.find(text) or find_bodies(text) or _UNIT_START.match(text.strip())
        return bool(doer) or bool(re.search(r"\bvi\s+(?:skal|bør|må|vil)\b", text, re.I))
    return False


def _owners(fragment: str, context: str, people: _People, forum: str) -> list[str]:
    """The doers at the start of the fragment, else people named, else bodies named."""
    start = LEADING_FILLER.sub("", fragment.strip())
    start = re.sub(
        r"^(?:det\s+)?(?:blev|er)\s+(?:besluttet|aftalt)\s*,?\s+at\s+", "", start, flags=re.I
    )
    start = start[:1].upper() + start[1:]
    prefix = doers(people).match(start)
    if prefix:
        named = people.find(prefix.group(0)) + [
            (prefix.group(0).find(b), b) for b in find_bodies(prefix.group(0))
        ]
        if named:
            return [name for _, name in sorted(named, key=lambda x: x[0])]
        if re.match(r"vi\b", start, re.I) and forum:
            return [forum]
        body = subject_body(start, forum)
        if body:
            return [body]
    for text in (fragment, context):
        persons = [name for _, name in people.find(text)]
        if persons:
            return persons
        bodies = find_bodies(text)
        if bodies:
            return bodies
        if re.search(r"^(?:at\s+)?vi\b|\bat\s+vi\b", text, re.I) and forum:
            return [forum]
    return []


def _split_enumeration(text: str) -> list[str]:
    parts = re.split(r",\s+|\s+samt\s+", text)
    if len(parts) >= 1:
        last = parts.pop()
        parts.extend(
            re.split(r"\s+og\s+(?=[a-zæøå])", last, maxsplit=1) if len(parts) <= 1 else [last]
        )
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _drafts_from_text(
    text: str,
    item: ParsedAgendaItem,
    point_index: int | None,
    people: _People,
    ref: date,
    forum: str,
    meetings: tuple = (),
) -> list[DraftAction]:
    drafts: list[DraftAction] = []

    def add(fragment: str, source: str, context: str, deadlines: list) -> None:
        title = make_title(fragment, people, [w for w, _ in deadlines])
        if len(title) < 3:
            return
        words, deadline = deadlines[0] if deadlines else (None, None)
        drafts.append(
            DraftAction(
                title=title,
                source_text=source,
                deadline_text=words,
                due_start=getattr(deadline, "start", None),
                due_end=getattr(deadline, "end", None) or getattr(deadline, "start", None),
                owner_names=_owners(fragment, context, people, forum),
                agenda_item_number=item.number,
                point_index=point_index,
            )
        )

    for sentence in split_sentences(text):
        for clause in _CLAUSE_SPLIT.split(sentence.rstrip(".")):
            clause = clause.strip()
            if not clause:
                continue
            deadlines = _future_deadlines(clause, ref, meetings)
            trigger = _ENUM_TRIGGER.search(clause)
            if trigger and not re.match(r"at\s", clause[trigger.end() :], re.I):
                prefix, rest = clause[: trigger.start()], clause[trigger.end() :]
                items = _split_enumeration(rest)
                prefix_signal = bool(_SIGNAL.search(prefix))
                for fragment in items:
                    own = _future_deadlines(fragment, ref, meetings)
                    if prefix_signal or _actionable(fragment, people, bool(own)):
                        add(fragment, sentence, prefix, own)
                continue
            if trigger:  # "..., herunder at vi arbejder videre med ..."
                if _actionable(clause[trigger.end() :], people, bool(deadlines)):
                    add(clause[trigger.end() :], sentence, clause, deadlines)
                continue
            if clause.endswith(":"):
                continue  # "Det blev besluttet, at:" leads in the list that follows
            if not _actionable(clause, people, bool(deadlines)):
                continue
            if _NOMINAL.search(clause) and _told_later(clause, sentence, text):
                continue  # "En tidsplan udestår. Forvaltningen fremlægger tidsplanen …"
            parts = _split_tasks(clause, people)
            for part in parts:
                own = _future_deadlines(part, ref, meetings) if len(parts) > 1 else deadlines
                add(part, sentence, sentence, own or deadlines)
    return drafts


def _split_tasks(clause: str, people: _People) -> list[str]:
    """ "X nedsætter et udvalg og slår stillingen op" is two tasks, both X's."""
    m = doers(people, PRESENT).match(clause)
    if not m or m.group(1) in _NOT_TASK_VERBS:
        return [clause]
    rest = clause[m.end() :]
    # "… og sender dem til …" sends the same thing: one task.
    second = re.search(
        r"\s+og\s+([a-zæøå]{2,}r)\s+(?!(?:dem|det|den|de|disse|denne|dette)\b)", rest
    )
    if not second or second.group(1) in _NOT_TASK_VERBS:
        return [clause]
    doer = clause[: m.start(1)].strip()
    return [clause[: m.end()] + rest[: second.start()], doer + " " + rest[second.start(1) :]]


def _told_later(clause: str, sentence: str, text: str) -> bool:
    """A later sentence of the text names the same thing as a task of its own."""
    words = [w for w in re.findall(r"[a-zæøå]{4,}", clause.lower()) if w != "udestår"]
    if not words:
        return False
    later = text[text.find(sentence) + len(sentence) :].lower()
    return words[0][:6] in later


def extract_draft_actions(
    minutes: ParsedMinutes, known_people: Iterable[str] = (), planned_meetings: Iterable[date] = ()
) -> list[DraftAction]:
    """Propose actions from each agenda item's decision paragraphs and plenum points.

    ``planned_meetings`` are the dates of the forum's planned meetings, for deadlines such as
    "på næste møde" and "til mødet i juni".
    """
    people = _People([a.name for a in minutes.attendees] + list(known_people))
    meetings = tuple(planned_meetings)  # "på næste møde": the forum's next planned meeting
    result: list[DraftAction] = []
    for item in minutes.agenda_items:
        seen: set[str] = set()
        sources: list[tuple[str, int | None]]
        if item.points:
            sources = [
                (p.text, None if p.kind == "decision" else i) for i, p in enumerate(item.points)
            ]
        else:
            sources = [(item.decision, None)] if item.decision else []
        for text, index in sources:
            found = _drafts_from_text(
                text, item, index, people, minutes.date, minutes.forum, meetings
            )
            task = task_for(item, text)  # a row of a decision table: its owner and deadline
            if task is not None:
                found = found or ([_whole(text, item, index, people)] if task.firm else [])
                for draft in found:
                    apply_task(draft, task, people, minutes.date, meetings)
            for draft in found:
                key = draft.title.lower()
                if key not in seen:
                    seen.add(key)
                    result.append(draft)
    return result


def _whole(text: str, item: ParsedAgendaItem, index: int | None, people: _People) -> DraftAction:
    """A draft of the whole text: a table row with an owner or a deadline is a task."""
    return DraftAction(
        title=make_title(text, people),
        source_text=text,
        deadline_text=None,
        due_start=None,
        due_end=None,
        agenda_item_number=item.number,
        point_index=index,
    )


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def to_json_dict(minutes: ParsedMinutes, drafts: list[DraftAction]) -> dict:
    return {
        "meeting": {
            "forum": minutes.forum,
            "title": minutes.title,
            "date": _iso(minutes.date),
            "start_time": minutes.start_time.strftime("%H:%M") if minutes.start_time else None,
            "location": minutes.location,
        },
        "attendees": [{"name": a.name, "present": a.present} for a in minutes.attendees],
        "agenda_items": [
            {
                "number": item.number,
                "title": item.title,
                "case_number": item.case_number,
                "summary": item.summary,
                "decision": item.decision,
                "points": [{"heading": p.heading, "text": p.text} for p in item.points],
            }
            for item in minutes.agenda_items
        ],
        "draft_actions": [
            {
                "title": d.title,
                "source_text": d.source_text,
                "deadline_text": d.deadline_text,
                "due_start": _iso(d.due_start),
                "due_end": _iso(d.due_end),
                "owner_names": list(d.owner_names),
                "agenda_item_number": d.agenda_item_number,
            }
            for d in drafts
        ],
        "attachments": list(minutes.attachments),
    }
