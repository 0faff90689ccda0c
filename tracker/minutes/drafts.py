"""Propose draft actions from the decisions and plenum points of a parsed referat.

A person reviews every proposal, so the rules prefer precision: a sentence becomes a draft
when it asks for something to be done (a doer with "skal"/"bør", "følges op", "arbejder videre",
"til politisk godkendelse", "nye initiativer", a future deadline, ...).

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from tracker.deadlines.meetings import Planned, planned
from tracker.minutes.bodies import BODIES, is_body
from tracker.minutes.deferrals import sub_point_topic
from tracker.minutes.events import dated_events, titled_event, with_events
from tracker.minutes.loose import section_texts, sections_of
from tracker.minutes.nontasks import topic_only
from tracker.minutes.owners import People
from tracker.minutes.parser import ParsedAgendaItem, ParsedMinutes
from tracker.minutes.people import roles_in
from tracker.minutes.proposals import DraftAction, to_json_dict
from tracker.minutes.responsible import Awaiting
from tracker.minutes.sentence_context import SUB_POINT
from tracker.minutes.sentence_drafts import drafts_of_text
from tracker.minutes.speaker_points import as_the_speaker_s, as_written, speaker_of, speaks_on
from tracker.minutes.splitting import joined_halves, split_sentences
from tracker.minutes.sweep import swept_drafts
from tracker.minutes.tables import apply_task, task_for
from tracker.minutes.task_deadlines import dated_lead, due_by_event, event_in_title
from tracker.minutes.task_deadlines import give_deadline as _give_deadline
from tracker.minutes.titles import make_title
from tracker.minutes.todo_lines import list_lead

__all__ = [
    "BODIES",
    "DraftAction",
    "extract_draft_actions",
    "is_body",
    "make_title",
    "split_sentences",
    "to_json_dict",
]
_People = People  # the tests' name for it
# A title that is a whole sentence: a verb in the present or the passive after some words.
_SENTENCE_TITLE = re.compile(r"^(?:\S+\s+){1,4}?[a-zæøå]{3,}(?:er|es)\s+\S+\s+\S+")


def extract_draft_actions(
    minutes: ParsedMinutes,
    known_people: Iterable[str] = (),
    planned_meetings: Planned | Iterable[date] = (),
    undated: date | None = None,
) -> list[DraftAction]:
    """Propose actions from each agenda item's decision paragraphs and plenum points.

    ``planned_meetings`` are the planned meetings (tracker.deadlines.meetings.Planned, or the
    forum's dates), for deadlines such as "på næste møde" and "til næste Lederforum".
    ``undated``: the day deadline words are found against when the referat names no date of
    its own; their dates are then left out (the words kept) until the date is typed.
    """
    reference = minutes.date or undated
    if reference is None:
        raise ValueError("a referat without a date needs the day to read deadlines against")
    # officers the minutes elect or list ("Formand: Kent Hansen"); the attendee list wins
    elected = roles_in("\n".join(section_texts(minutes)))
    roles = elected | {a.role: a.name for a in minutes.attendees if getattr(a, "role", None)}
    names = [a.name for a in minutes.attendees] + list(elected.values()) + list(known_people)
    people = _People(names, roles, [a.name for a in minutes.attendees if a.present])
    meetings = planned(planned_meetings)  # "på næste møde": the forum's next planned meeting
    result: list[DraftAction] = []
    events = dated_events(minutes, minutes.date)  # "Generalforsamling torsdag d. 27/3-2014"
    for item in sections_of(minutes):  # no items: the body as one section (loose.py)
        seen: set[str] = set()
        here = with_events(meetings, events, item)  # "inden generalforsamlingen", "14 dage før"
        event = event_in_title(item.title, minutes.date, meetings)  # none undated
        event = event or titled_event(item, events, minutes.date)  # "6) Julefrokost"
        sources: list[tuple[str, int | None]]
        if item.points:
            sources = [
                (p.text, None if p.kind == "decision" else i) for i, p in enumerate(item.points)
            ]
            sources = joined_halves(sources)  # "… og der forslåes" | "der lægges fliser."
        else:
            # "3. Kasserer kontakter Lis for …" and nothing under it: the title is the text
            told = item.decision or (item.title if _SENTENCE_TITLE.search(item.title) else "")
            sources = [(told, None)] if told else []
        lead = ""
        sub_event = None  # "4.3 Arbejdsdag 8. september": the sub-point's day, for its lines
        headings = {p.text: p.heading for p in item.points}  # "2.3 Budget" over its minutes
        awaiting = Awaiting()  # drafts without an owner, for an "Ansvarlig: …" line below
        speaker = None  # "Birthe:" over the points she brought (speaker_points.py)
        led = None  # "Vedr. 2. maj:" alone: the day of the points listed after it
        for text, index in sources:
            if SUB_POINT.match(text):
                sub_event = event_in_title(text, minutes.date, meetings)
            lead_day = dated_lead(text, minutes.date, meetings)  # "Vedr. arbejdsdag 26. april:"
            if lead_day is not None:
                led = lead_day[0] if lead_day[1] else None
            elif SUB_POINT.match(text) or text.rstrip().endswith(":"):
                led = None  # another lead or sub-point: the day named above is done
            day_led = lead_day[0] if lead_day is not None else led
            found = drafts_of_text(
                as_the_speaker_s(speaker, text),  # "Birthe:" / "• Stikker en føler ud …"
                item,
                index,
                people,
                reference,
                minutes.forum,
                here,
                lead,
                bool(sub_event),
                sub_point_topic(headings.get(text)),
            )
            awaiting.take(text, found, people, minutes.forum)  # "…" / "Ansvarlig: Eva"
            as_written(speaker, text, found)
            if speaker_of(text, people) or not (speaker and speaks_on(text)):
                speaker = speaker_of(text, people)
            lead = list_lead(lead, text)
            task = task_for(item, text)  # a row of a decision table: its owner and deadline
            if task is not None:
                found = found or ([_whole(text, item, index, people)] if task.firm else [])
                for draft in found:
                    apply_task(draft, task, people, reference, here)
            for draft in found:
                if not due_by_event(draft.title):
                    pass  # "Skrive indkaldelse": due before the event, on a day not given
                elif day_led and draft.due_end is None:
                    _give_deadline(draft, day_led)  # "Vedr. arbejdsdag den 26. april: Bo …"
                elif sub_event and draft.due_end is None:
                    _give_deadline(draft, sub_event)
                elif event and draft.due_end is None:
                    _give_deadline(draft, event)  # "5. Julebanko onsdag 28 nov": ready by then
                key = draft.title.lower()
                if key not in seen:
                    seen.add(key)
                    result.append(draft)
    result += swept_drafts(minutes, result, people, reference, meetings)  # sweep.py
    # "Opdatering af hjemmesiden.": a topic named, nobody to do it, no day (nontasks.py)
    result = [
        d for d in result if not topic_only(d.source_text or "", d.title, d.owner_names, d.due_end)
    ]
    if minutes.date is None:  # "om 14 dage" of no known day: the words wait for the date
        for draft in result:
            draft.due_start = draft.due_end = None
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
