"""People import pages: upload a CSV or Excel file from HR, preview it, save it (admins)."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from tracker.auth.access import current_person, role_required
from tracker.extensions import db
from tracker.forms_common import refused
from tracker.people import importer
from tracker.people.forms import ImportConfirmForm, ImportUploadForm
from tracker.people.views import bp


@bp.route("/import", methods=["GET", "POST"])
@role_required("admin")
def import_upload():
    form = ImportUploadForm()
    if form.validate_on_submit():
        upload = form.file.data
        plan = importer.plan_upload(upload.read(), upload.filename or "")
        confirm = ImportConfirmForm(formdata=None, content=plan.content, filename=plan.filename)
        code = 400 if plan.errors else 200
        return render_template("people/import_preview.html", plan=plan, form=confirm), code
    if kept := refused(form, "people-import"):  # the errors only: a file is never kept
        return kept
    code = 400 if request.method == "POST" else 200
    return render_template("people/import.html", form=form), code


@bp.route("/import/gem", methods=["POST"])
@role_required("admin")
def import_save():
    form = ImportConfirmForm()
    plan = importer.plan_content(form.content.data or "", form.filename.data or "")
    if not form.validate_on_submit() or plan.errors:
        db.session.rollback()
        return render_template("people/import_preview.html", plan=plan, form=form), 400
    result = importer.apply(plan, current_person())
    flash(
        _(
            "Importen er gemt: %(new)d nye, %(changed)d ændrede.",
            new=result.created,
            changed=result.changed,
        ),
        "success",
    )
    return redirect(url_for(".index"))
