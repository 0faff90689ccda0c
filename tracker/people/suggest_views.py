"""Name suggestions for the person pickers (templates/_person_picker.html, static/combobox.js).

GET /personer/forslag?q=Tor&meeting=12 answers JSON: at most ten people whose names fit what
was typed, the meeting's attendees first (tracker.people.matching.candidates, the one matching
rule). Only ids, names, title and unit: never an email. Secretaries only, as the forms are.
"""

from __future__ import annotations

from flask import Blueprint, jsonify, request
from flask_babel import gettext as _

from tracker.auth.access import role_required
from tracker.extensions import db
from tracker.forms_common import query_id
from tracker.models import Meeting
from tracker.people import matching
from tracker.text import clean_name

bp = Blueprint("suggest", __name__)

LIMIT = 10  # suggestions in one answer
MAX_QUERY = 100  # characters typed; a longer "name" is no name


@bp.route("/personer/forslag")
@role_required("secretary")
def suggestions():
    """The people a typed name may mean, as JSON for the picker (never an email)."""
    typed = clean_name(request.args.get("q", ""))
    if len(typed) > MAX_QUERY:
        return jsonify(error=_("Skriv højst %(n)d tegn.", n=MAX_QUERY), people=[]), 400
    meeting_id = request.args.get("meeting", None, type=query_id)
    meeting = db.session.get(Meeting, meeting_id) if meeting_id else None
    attendees = [a.person for a in meeting.attendances] if meeting else []
    people = matching.candidates(typed, attendees, limit=LIMIT)[:LIMIT] if typed else []
    attending = {p.id for p in attendees}
    return jsonify(
        query=typed,
        people=[
            {
                "id": p.id,
                "name": p.name,
                "detail": ", ".join(part for part in (p.title, p.unit) if part),
                "attendee": p.id in attending,
            }
            for p in people
        ],
    )
