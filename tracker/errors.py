"""Error pages in the person's language."""

from __future__ import annotations

from flask import Flask, render_template, request
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError

from tracker.extensions import db


def register(app: Flask) -> None:
    """Register handlers for the errors a person can meet."""

    def page(code: int, title: str, message: str):
        return render_template("errors/error.html", code=code, title=title, message=message), code

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        return page(
            400,
            _("Formularen er udløbet"),
            _("Siden var for gammel til at blive gemt. Gå tilbage, genindlæs siden og prøv igen."),
        )

    @app.errorhandler(400)
    def bad_request(error):
        return page(400, _("Forkert forespørgsel"), _("Forespørgslen kunne ikke forstås."))

    @app.errorhandler(403)
    def forbidden(error):
        return page(403, _("Ingen adgang"), _("Du har ikke adgang til at se eller ændre dette."))

    @app.errorhandler(404)
    def not_found(error):
        return page(404, _("Siden findes ikke"), _("Siden eller det, du leder efter, findes ikke."))

    @app.errorhandler(405)
    def method_not_allowed(error):
        # Met after a login that ended while a form was open: the login leads back to the
        # form's button address, which only takes what a button sends.
        body, code = page(
            405,
            _("Siden kan ikke åbnes sådan"),
            _(
                "Adressen hører til en knap og kan ikke åbnes direkte. Intet er ændret. Gå "
                "tilbage til siden, og vælg knappen igen."
            ),
        )
        return body, code, {"Allow": ", ".join(sorted(error.valid_methods or ()))}

    @app.errorhandler(413)
    def too_large(error):
        from tracker.importing.services import upload_limit
        from tracker.minutes.reading import megabytes

        limit = megabytes(upload_limit(), str(get_locale()))
        if request.mimetype != "multipart/form-data":
            # No file in it: a form (a review with thousands of rows, a huge pasted note).
            return page(
                413,
                _("Formularen er for stor"),
                _(
                    "Det, du sendte, fylder mere end tilladt (højst %(mb)s MB). Intet er "
                    "gemt. Gå tilbage, gør teksten kortere, og prøv igen.",
                    mb=limit,
                ),
            )
        return page(
            413,
            _("Filen er for stor"),
            _("Filen er større end tilladt (højst %(mb)s MB).", mb=limit),
        )

    @app.errorhandler(500)
    def server_error(error):
        db.session.rollback()
        return page(500, _("Der opstod en fejl"), _("Der skete en fejl hos os. Prøv igen."))
