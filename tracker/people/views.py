"""People pages (/admin/personer): thin views that validate, call a service, redirect or render.

Secretaries see everyone, add people and fix members' contact data; admins also give roles,
deactivate, merge, import from a file, export a person's data and erase it.
"""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user

from tracker.auth.access import current_person, role_required
from tracker.extensions import db
from tracker.forms_common import query_id, refused
from tracker.models import Person, utcnow
from tracker.people import matching, merging, privacy, queries, services, sso_links
from tracker.people.forms import (
    LANGUAGE_LABELS,
    ROLE_LABELS,
    DeactivateForm,
    EmailForm,
    EraseForm,
    ExportForm,
    MergeForm,
    PersonForm,
    ReactivateForm,
    SsoAccountForm,
    choices,
)

bp = Blueprint("people", __name__, url_prefix="/admin/personer")


def _person(person_id: int) -> Person:
    return db.get_or_404(Person, person_id)


def _refused(form, error: services.PeopleError) -> None:
    field = getattr(form, f"{error.field}_id", None) or getattr(form, error.field or "", None)
    if field is not None and hasattr(field, "errors"):
        field.errors = [*field.errors, error.message]
    else:
        flash(str(error.message), "error")


_REFUSED = object()  # what _save_or_refuse returns when the service said no
ERASE_REVIEW = "erase_review"  # the places an erase left with the first name alone (ids)
REVIEW_ROOM = 100  # at most this many of them in the session cookie


def _save_or_refuse(form, change):
    """Run ``change`` (the request commits); a refusal rolls back and goes on the form (or
    flashes). Returns what ``change`` returned, or ``_REFUSED``."""
    try:
        return change()
    except services.PeopleError as error:
        db.session.rollback()  # the answer may be a redirect, which would commit
        _refused(form, error)
        return _REFUSED


def _form_page(form, key: str, template: str, **context):
    """The form's page: after a refused POST a redirect back to it with what was typed
    (``refused``), or, when that is too big to keep, the page at the POST address (400)."""
    if kept := refused(form, key):
        return kept
    code = 400 if request.method == "POST" else 200
    return render_template(template, form=form, **context), code


AUDIT_LABELS = {
    "export": _l("Data hentet"),
    "erase": _l("Oplysninger slettet"),
    "merge": _l("Dublet lagt sammen"),
    "deactivate": _l("Deaktiveret / genaktiveret"),
    "import": _l("Importeret fra fil"),
    "role": _l("Rolle givet eller fjernet"),
    "email": _l("E-mail ændret"),
    "password": _l("Adgangskode sat af en administrator"),
    "settings": _l("Indstillinger for påmindelser ændret"),
    "sso-link": _l("Konto hos login-udbyderen knyttet"),
    "sso-unlink": _l("Kobling til login-udbyderen fjernet"),
}
IMPORT_FIELDS = {
    "name": _l("navn"),
    "email": _l("e-mail"),
    "title": _l("titel"),
    "unit": _l("enhed"),
    "manager": _l("leder"),
}


@bp.context_processor
def labels():
    return {
        "role_labels": ROLE_LABELS,
        "language_labels": LANGUAGE_LABELS,
        "audit_labels": AUDIT_LABELS,
        "field_labels": IMPORT_FIELDS,
    }


@bp.app_template_global()
def people_without_email(forum_id: int | None = None) -> queries.MissingEmail:
    """For the secretaries' pages: who owns open actions and gets no reminders."""
    return queries.missing_email(forum_id)


@bp.app_template_global()
def may_edit_person(person: Person) -> bool:
    """Whether the logged-in person may change ``person`` (services.may_edit)."""
    return current_user.is_authenticated and services.may_edit(current_person(), person)


@bp.app_template_global()
def person_named(name: str | None) -> Person | None:
    """For the import review: the one person a proposed owner's name names (the matching
    rule: "Torben" is Torben G. M. Benneskov when he is the only Torben), if any."""
    return matching.resolve(name).person


@bp.route("")
@role_required("secretary")
def index():
    filters = queries.PeopleFilters.from_args(request.args)
    page = queries.list_people(filters)
    return render_template("people/index.html", page=page, filters=filters)


@bp.route("/<int:person_id>")
@role_required("secretary")
def person(person_id):
    person = _person(person_id)
    return render_template(
        "people/person.html",
        person=person,
        actions=queries.open_actions_of(person),
        reports=queries.reports_of(person),
        stands_in_for=queries.stands_in_for(person),
        may_edit=services.may_edit(current_person(), person),
    )


@bp.route("/ny", methods=["GET", "POST"])
@role_required("secretary")
def new():
    return _save(
        None, PersonForm(role="member", digest_enabled=True, deadline_reminders_enabled=True)
    )


@bp.route("/<int:person_id>/rediger", methods=["GET", "POST"])
@role_required("secretary")
def edit(person_id):
    person = _person(person_id)
    if not services.may_edit(current_person(), person):
        abort(403)
    form = PersonForm(obj=person)
    if request.method == "GET":
        form.manager_id.data, form.substitute_id.data = person.manager_id, person.substitute_id
    return _save(person, form)


def _save(person, form):
    keep = (person.manager, person.substitute) if person else ()
    people = queries.people_for_choice(keep)
    form.set_people([p for p in people if person is None or p.id != person.id])
    form.manager_id.data = form.manager_id.data or 0  # none chosen (or none posted)
    form.substitute_id.data = form.substitute_id.data or 0
    if form.validate_on_submit():
        data = form.data_for({p.id: p for p in people}, services.may_change_role(current_person()))
        saved = _save_or_refuse(form, lambda: services.save_person(person, data, current_person()))
        if saved is not _REFUSED:
            flash(_("%(name)s er gemt.", name=saved.name), "success")
            return redirect(url_for(".person", person_id=saved.id))
    key = f"person:{person.id if person else 'ny'}"
    return _form_page(form, key, "people/form.html", person=person)


@bp.route("/<int:person_id>/email", methods=["POST"])
@role_required("secretary")
def set_email(person_id):
    """The quick fix on the lists of people without email: type it, save it, back."""
    person = _person(person_id)
    back = _back(url_for(".person", person_id=person.id))
    if not services.may_edit(current_person(), person):
        abort(403)
    form = EmailForm()
    try:
        if not form.validate_on_submit():
            raise services.PeopleError(next(iter(form.errors.values()))[0])
        services.set_email(person, form.email.data, current_person())
    except services.PeopleError as refusal:
        db.session.rollback()
        flash(_("%(name)s: %(reason)s", name=person.name, reason=refusal.message), "error")
        return redirect(back)
    flash(
        _("%(name)s får nu påmindelser på %(email)s.", name=person.name, email=person.email),
        "success",
    )
    return redirect(back)


def _back(default: str) -> str:
    target = request.form.get("next") or ""
    return target if target.startswith("/") and not target.startswith("//") else default


@bp.route("/<int:person_id>/deaktiver", methods=["GET", "POST"])
@role_required("admin")
def deactivate(person_id):
    person = _person(person_id)
    form = DeactivateForm()
    people = [p for p in queries.people_for_choice() if p.id != person.id]
    form.new_owner_id.choices = choices(people, _("— vælg person —"))
    if form.validate_on_submit():
        new_owner = db.session.get(Person, form.new_owner_id.data or 0)  # 0: nobody chosen
        done = _save_or_refuse(
            form, lambda: services.deactivate(person, current_person(), new_owner, utcnow())
        )
        if done is not _REFUSED:
            flash(_deactivated_message(person, done), "success")
            return redirect(url_for(".person", person_id=person.id))
    return _form_page(
        form,
        f"deactivate:{person.id}",
        "people/deactivate.html",
        person=person,
        actions=queries.open_actions_of(person),
    )


def _deactivated_message(person, done) -> str:
    return ngettext(
        "%(name)s er deaktiveret; %(num)d åben handling er givet videre.",
        "%(name)s er deaktiveret; %(num)d åbne handlinger er givet videre.",
        len(done.actions),
        name=person.name,
    )


@bp.route("/<int:person_id>/genaktiver", methods=["POST"])
@role_required("admin")
def reactivate(person_id):
    person = _person(person_id)
    if not ReactivateForm().validate_on_submit():
        abort(400)
    try:
        services.reactivate(person, current_person())
    except services.PeopleError as error:
        db.session.rollback()
        flash(str(error.message), "error")
        return redirect(url_for(".person", person_id=person.id))
    flash(_("%(name)s er aktiv igen.", name=person.name), "success")
    return redirect(url_for(".person", person_id=person.id))


@bp.route("/<int:person_id>/login-udbyder", methods=["POST"])
@role_required("admin")
def sso_account(person_id):
    """Link the account of the person's refused login through the provider ("link"), or
    remove the binding ("unlink"): the next login with the person's email binds its account."""
    person, form = _person(person_id), SsoAccountForm()
    if not form.validate_on_submit() or form.link.data == form.unlink.data:
        abort(400)
    if form.link.data:
        change = lambda: sso_links.link_refused(person, form.subject.data, current_person())  # noqa: E731
        done = _("Den nye konto hos login-udbyderen er knyttet til %(name)s.", name=person.name)
    else:
        change = lambda: sso_links.unlink(person, current_person())  # noqa: E731
        done = _("Koblingen er fjernet: %(name)s' næste login knytter kontoen.", name=person.name)
    if _save_or_refuse(form, change) is not _REFUSED:
        flash(done, "success")
    return redirect(url_for(".person", person_id=person.id))


@bp.route("/<int:person_id>/sammenlaeg", methods=["GET", "POST"])
@role_required("admin")
def merge(person_id):
    person = _person(person_id)
    form = MergeForm(duplicate_id=request.args.get("dublet", 0, type=query_id))
    candidates = merging.candidates(person)
    form.duplicate_id.choices = choices(candidates, _("— vælg dubletten —"))
    if form.validate_on_submit():
        duplicate = db.session.get(Person, form.duplicate_id.data)
        moved = _save_or_refuse(
            form, lambda: merging.merge(person, duplicate, current_person(), form.role.data or None)
        )
        if moved is not _REFUSED:
            flash(
                _(
                    "%(duplicate)s er lagt sammen med %(name)s: %(actions)d handlinger og"
                    " %(moved)d henvisninger er flyttet.",
                    duplicate=moved.duplicate,
                    name=moved.kept,
                    actions=moved.actions,
                    moved=moved.references,
                ),
                "success",
            )
            return redirect(url_for(".person", person_id=person.id))
    return _form_page(
        form,
        f"merge:{person.id}",
        "people/merge.html",
        person=person,
        similar=merging.look_alikes(person),
    )


@bp.route("/<int:person_id>/data", methods=["GET", "POST"])
@role_required("admin")
def export(person_id):
    person = _person(person_id)
    form = ExportForm()
    if form.validate_on_submit():
        body, mimetype, suffix = privacy.export(person, form.format.data, current_person())
        return Response(
            body,
            mimetype=mimetype,
            headers={"Content-Disposition": f"attachment; filename=person-{person.id}.{suffix}"},
        )
    if kept := refused(form, f"export:{person.id}"):
        return kept
    code = 400 if request.method == "POST" else 200
    return render_template(
        "people/export.html", person=person, form=form, audit=privacy.trail(person)
    ), code


@bp.route("/revisionsspor")
@role_required("admin")
def audit_trail():
    return render_template("people/audit.html", entries=privacy.recent_trail())


@bp.route("/<int:person_id>/slet", methods=["GET", "POST"])
@role_required("admin")
def erase(person_id):
    person = _person(person_id)
    form = EraseForm()
    if form.validate_on_submit():
        remove_notes = form.notes.data == "remove"
        review = _save_or_refuse(
            form, lambda: privacy.erase(person, current_person(), remove_notes)
        )
        if review is not _REFUSED:
            flash(
                _("Personoplysningerne er slettet; personen hedder nu %(name)s.", name=person.name),
                "success",
            )
            if not review:
                return redirect(url_for(".person", person_id=person.id))
            # Ids only (no names) for the page below, as many as the session cookie has room for.
            more = max(len(review) - REVIEW_ROOM, 0)
            session[ERASE_REVIEW] = {
                "person": person.id,
                "places": review[:REVIEW_ROOM],
                "more": more,
            }
            return redirect(url_for(".erase", person_id=person.id))
    kept = session.get(ERASE_REVIEW) or {}
    review = kept.get("person") == person.id and person.erased_at is not None
    return _form_page(
        form,
        f"erase:{person.id}",
        "people/erase.html",
        person=person,
        review=privacy.review_places(kept.get("places")) if review else [],
        more=kept.get("more", 0) if review else 0,
    )


# The HR import's two routes live beside these, on the same blueprint.
from tracker.people import import_views  # noqa: E402, F401
