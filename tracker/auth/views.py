"""Login, logout and settings pages."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from tracker import transactions
from tracker.auth import group_roles, links, providers, reset, services, sessions, sso
from tracker.auth.access import current_person
from tracker.auth.forms import (
    ForgotPasswordForm,
    LoginForm,
    PasswordForm,
    ResetPasswordForm,
    SettingsForm,
)
from tracker.auth.providers import SsoRefused
from tracker.extensions import login as login_manager
from tracker.forms_common import refused
from tracker.models import utcnow
from tracker.routing import external_url

bp = Blueprint("auth", __name__)

PUBLIC_ENDPOINTS = {
    "auth.login",
    "auth.email_login",
    "auth.forgot_password",
    "auth.reset_password",
    "auth.sso_start",
    "auth.sso_callback",
    "main.healthz",
    "static",
    "actions.calendar_feed",
    "checkin.checkin",
}


@bp.before_app_request
def require_login():
    """Every page but the public ones needs a logged-in person."""
    if request.endpoint in PUBLIC_ENDPOINTS or current_user.is_authenticated:
        return None
    return login_manager.unauthorized()


@bp.before_app_request
def recheck_group_role():
    """A role from the provider's groups lapses one session after the login through the
    provider that gave it (tracker.auth.group_roles): a password login, a "Husk mig" login
    restored, or one kept open, is a member's from then on. Checked on every request (no query
    unless it lapses), so no way of staying logged in outlives it."""
    if request.endpoint in PUBLIC_ENDPOINTS or not current_user.is_authenticated:
        return None  # public pages (static files) need no person loaded
    if group_roles.drop_lapsed(current_person(), utcnow()):
        transactions.commit_now()  # dropped whatever the page answers: it says so once
        label = providers.available()[0].label if providers.available() else "…"
        flash(
            _(
                "Din rolle kom fra dine grupper hos login-udbyderen, og den er ikke bekræftet, "
                "siden du sidst loggede ind der. Du er derfor almindeligt medlem, til du logger "
                "ind med “Log ind med %(label)s” igen.",
                label=label,
            ),
            "info",
        )
    return None


def _log_in(person, via: str, remember: bool = False) -> None:
    """Start a new login for ``person`` on this device (a fresh session, a row in the database)."""
    session.clear()
    session.permanent = True
    sessions.start(person, via, remember=remember)
    login_user(person, remember=remember)


def _password_login() -> bool:
    """Whether passwords log in here (``TRACKER_PASSWORD_LOGIN``; off: single sign-on only)."""
    return bool(current_app.config.get("TRACKER_PASSWORD_LOGIN", True))


def _login_page(form, status: int = 200):
    return render_template(
        "auth/login.html",
        form=form,
        providers=providers.available(),
        password_login=_password_login(),
        next=links.safe_path(request.args.get("next")),
    ), status


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if request.method == "POST" and not _password_login():
        abort(404)
    if form.validate_on_submit():
        attempt = services.try_login(form.email.data, form.password.data, request.remote_addr)
        if attempt.person is None:
            transactions.commit_now()  # the attempt is counted either way, a 429 too
            flash(attempt.refusal or _("Forkert e-mail eller adgangskode."), "error")
            return _login_page(form, 429 if attempt.refusal else 200)
        _log_in(attempt.person, "password", remember=form.remember.data)
        return redirect(links.safe_path(request.args.get("next")) or url_for("main.index"))
    return _login_page(form)


@bp.route("/login/sso/<name>")
def sso_start(name):
    """Send the browser to the provider (a GET: only the session changes, as a login form)."""
    provider = providers.get(name)
    if provider is None:
        abort(404)
    callback = external_url("auth.sso_callback", name=name)
    try:
        started = provider.begin(callback)
    except SsoRefused as refused:
        flash(sso.refusal_message(refused.reason), "error")
        return redirect(url_for("auth.login"))
    next_path = links.safe_path(request.args.get("next")) or ""
    session["sso_pending"] = {**started.pending, "provider": name, "next": next_path}
    return redirect(started.url)


@bp.route("/login/sso/<name>/callback")
def sso_callback(name):
    """The provider's answer: log the person in, or say why not (in Danish, never a 500)."""
    provider = providers.get(name)
    if provider is None:
        abort(404)
    pending = session.pop("sso_pending", None)
    if not isinstance(pending, dict) or pending.get("provider") != name:
        pending = None
    values = request.values.to_dict()
    found = sso.finish_login(provider, request.method, values, pending, request.remote_addr)
    if found.person is None:  # the attempt and the spent state are kept: a redirect commits
        flash(found.refusal, "error")
        return redirect(url_for("auth.login"))
    if current_user.is_authenticated:
        sessions.revoke(current_user.login_id)
    _log_in(found.person, name)
    session["sso_provider"] = name
    return redirect(pending.get("next") or url_for("main.index"))


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    """End this login everywhere its cookies went: the row is revoked, both cookies deleted.

    A login through a provider goes on to its end-session endpoint, which comes back here."""
    provider = providers.get(session.get("sso_provider") or "")
    sessions.revoke(current_user.login_id)
    session.clear()
    logout_user()  # after clear(): it leaves the note that deletes the remember cookie
    flash(_("Du er logget ud."), "info")
    back = external_url("auth.login")
    return redirect((provider and provider.logout_url(back)) or url_for("auth.login"))


@bp.route("/indstillinger", methods=["GET", "POST"])
def settings():
    frequency = current_user.digest_frequency if current_user.digest_enabled else "off"
    form = SettingsForm(obj=current_user, digest_frequency=frequency)
    password_form = PasswordForm(prefix="pw")
    if form.submit.data and form.validate_on_submit():
        services.save_settings(
            current_user,
            form.language.data,
            form.digest_frequency.data,
            form.deadline_reminders_enabled.data,
            form.absent_until.data,
        )
        flash(_("Dine indstillinger er gemt."), "success")
        return redirect(url_for("auth.settings"))
    if password_form.submit.data and _password_login() and password_form.validate_on_submit():
        renewed = services.change_password(
            current_user, password_form.current.data, password_form.new.data
        )
        if renewed is not None:
            flash(_("Din adgangskode er skiftet. Du er logget ud alle andre steder."), "success")
            if renewed:
                flash(_("Dit kalenderlink er fornyet: det gamle virker ikke længere."), "info")
            return redirect(url_for("auth.settings"))
        password_form.current.errors.append(_("Den nuværende adgangskode er forkert."))
    # Post/Redirect/Get: the refused form's values (never a password) and errors, for one GET.
    for kept_form, key in ((form, "settings"), (password_form, "settings-password")):
        refusal = request.method == "GET" or (kept_form.submit.data and kept_form.errors)
        if refusal and (kept := refused(kept_form, key)):
            return kept
    return render_template("auth/settings.html", form=form, password_form=password_form)


@bp.route("/indstillinger/kalender", methods=["POST"])
def renew_calendar():
    """Create or renew the private calendar URL; the old one stops working."""
    services.renew_calendar_token(current_person())
    flash(_("Du har fået et nyt kalenderlink. Det gamle link virker ikke længere."), "success")
    return redirect(url_for("auth.settings", _anchor="kalender"))


@bp.route("/l/<token>")
def email_login(token):
    """A login link from an email sent before check-in links: it logs nobody in any more (a
    forwarded email must not hand over an account); it leads to the login page and the page."""
    found = links.read_login_link(token, request.args.get("n"))
    if found is None:
        flash(_("Linket er udløbet eller ugyldigt. Log ind for at fortsætte."), "error")
        return redirect(url_for("auth.login"))
    person, path = found
    if current_user.is_authenticated and current_user.id == person.id:
        return redirect(path)
    flash(_("Links i e-mails logger ikke ind. Log ind for at fortsætte."), "info")
    return redirect(url_for("auth.login", next=path))


@bp.route("/glemt-adgangskode", methods=["GET", "POST"])
def forgot_password():
    """Ask for a reset link; the answer is the same whether the address is known or not."""
    if not _password_login():
        abort(404)
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        services.request_reset(form.email.data, request.remote_addr)
        flash(
            _(
                "Hvis adressen hører til en bruger, har vi sendt et link til at vælge en ny "
                "adgangskode. Linket virker i en time."
            ),
            "info",
        )
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot.html", form=form)


@bp.route("/nulstil/<token>", methods=["GET", "POST"])
def reset_password(token):
    """Choose a new password from a reset link; every session of the person ends."""
    if not _password_login():
        abort(404)
    person = reset.person_for_reset(token)
    if person is None:
        flash(_("Linket er udløbet eller allerede brugt. Bed om et nyt."), "error")
        return redirect(url_for("auth.forgot_password"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        renewed = services.set_new_password(person, form.new.data)
        session.clear()
        logout_user()
        flash(_("Din adgangskode er skiftet. Log ind med den nye."), "success")
        if renewed:
            flash(_("Dit kalenderlink er fornyet: det gamle virker ikke længere."), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset.html", form=form)
