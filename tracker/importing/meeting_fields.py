"""The import review's meeting fields: the forum (an existing one, or a new one chosen on
purpose), title, date, time and place, prefilled from the referat and read back on the save."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from flask_babel import lazy_gettext as _l

from tracker import rules
from tracker.actions.meeting_words import planned_meetings
from tracker.deadlines.dates import find_date
from tracker.extensions import db
from tracker.importing.forms import NEW_FORUM
from tracker.importing.services import Parsed


@dataclass(frozen=True)
class MeetingFields:
    """The meeting as corrected in the review: the forum's name (an existing forum's, or a
    new one chosen on purpose) and the title typed (None: forum and date, as services make it)."""

    forum: str
    title: str | None


CHOOSE_FORUM = _l(
    "Vælg forummet, mødet var i. Findes det ikke endnu, vælg »Nyt forum« og skriv navnet."
)
_TIME = re.compile(r"^(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})$", re.IGNORECASE)


def offer_forums(form, forums) -> None:
    """The forum choices: none yet, each existing forum, and a new one (on purpose)."""
    form.forum.choices = [
        ("", _l("— vælg forum —")),
        *[(str(forum.id), forum.name) for forum in forums],
        (NEW_FORUM, _l("Nyt forum …")),
    ]


def known_forum(name: str, forums):
    """The existing forum the referat names: the same name, or the longest forum name in it
    ("Emne: fra møde i Hoved-MED" names Hoved-MED); None when none fits."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return None
    fitting = [
        forum
        for forum in forums
        if forum.name.casefold() == wanted
        or re.search(rf"(?<!\w){re.escape(forum.name.casefold())}(?!\w)", wanted)
    ]
    return max(
        fitting, key=lambda forum: (forum.name.casefold() == wanted, len(forum.name)), default=None
    )


def _default_title(parsed: Parsed, forum_name: str, forums) -> str:
    """The title proposed: the known forum's name and the date; empty (the same, from the
    forum chosen) when no forum fits, rather than the subject line's words."""
    known = known_forum(forum_name or parsed.minutes.forum, forums)
    if known is None or parsed.minutes.date is None:
        return ""
    return rules.meeting_title(known.name, parsed.minutes.date)


def prefill_meeting(form, parsed: Parsed, forum_name: str, forums) -> None:
    """Fill the meeting's fields with what was read; the forum chosen only when it exists."""
    minutes = parsed.minutes
    known = known_forum(forum_name or minutes.forum, forums)
    form.forum.data = str(known.id) if known is not None else ""
    form.new_forum.data = "" if known is not None else (forum_name or minutes.forum)
    form.title.data = _default_title(parsed, forum_name, forums)
    form.date.data = f"{minutes.date:%d-%m-%Y}" if minutes.date else ""
    form.start_time.data = f"{minutes.start_time:%H:%M}" if minutes.start_time else ""
    form.location.data = minutes.location or ""


def corrected_meeting(form, parsed: Parsed, forum_name: str, forums) -> MeetingFields | None:
    """Read the meeting's fields back into ``parsed.minutes`` (date, time, place); None when
    one is wrong (its error is on the form). A forum is never made unless NEW_FORUM is chosen."""
    ok = True
    by_id = {str(forum.id): forum for forum in forums}
    choice = form.forum.data or ""
    forum = None
    if choice == NEW_FORUM:
        forum = (form.new_forum.data or "").strip() or None
        if forum is None:
            form.new_forum.errors = [_l("Skriv navnet på det nye forum.")]
            ok = False
    elif choice in by_id:
        forum = by_id[choice].name
    else:
        form.forum.errors = [CHOOSE_FORUM]
        ok = False
    day = find_date(form.date.data or "")
    if day is None:
        form.date.errors = [_l("Skriv mødets dato, fx 12-11-2026.")]
        ok = False
    start = None
    if (form.start_time.data or "").strip():
        start = _time(form.start_time.data.strip())
        if start is None:
            form.start_time.errors = [
                _l("Skriv tidspunktet som tt:mm, fx 09:00, eller lad feltet stå tomt.")
            ]
            ok = False
    if not ok:
        return None
    typed = (form.title.data or "").strip()
    untouched = typed == _default_title(parsed, forum_name, forums)
    minutes = parsed.minutes
    if day != minutes.date:  # "til næste møde" counts from the meeting's date as typed
        parsed.planned = planned_meetings(forum or minutes.forum, day)
    minutes.date, minutes.start_time = day, start
    minutes.location = (form.location.data or "").strip() or None
    return MeetingFields(forum=forum, title=None if untouched or not typed else typed)


def _time(text: str) -> time | None:
    found = _TIME.match(text)
    if found is None or int(found[1]) > 23 or int(found[2]) > 59:
        return None
    return time(int(found[1]), int(found[2]))


def retitle(meeting, fields: MeetingFields) -> None:
    """Give the saved meeting the title typed in the review, if one was."""
    if fields.title:
        meeting.title = fields.title
        db.session.flush()
