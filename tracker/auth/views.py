"""Login, logout and settings pages."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from tracker.actions.calendar import renew_token
from tracker.auth import bp, links, reset, services, throttle
from tracker.auth.forms import (
    ForgotPasswordForm,
    LoginForm,
    PasswordForm,
    ResetPasswordForm,
    SettingsForm,
)
from tracker.extensions import db
from tracker.extensions import login as login_manager

PUBLIC_ENDPOINTS = {
    "auth.login",
    "auth.email_login",
    "auth.forgot_password",
    "auth.reset_password",
    "main.healthz",
    "static",
    "actions.calendar_feed",
}


@bp.before_app_request
def require_login():
    """Every page but the public ones needs a logged-in person."""
    if request.endpoint in PUBLIC_ENDPOINTS or current_user.is_authenticated:
        return None
    return login_manager.unauthorized()


def safe_next(target: str | None) -> str | None:
    """Only a path on this site: never another host, never a scheme-relative URL."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    if "\\" in target:
        return None
    return target


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        email, address = form.email.data.strip().lower(), request.remote_addr or "-"
        if throttle.blocked("login-email", email) or throttle.blocked("login-ip", address):
            flash(_("For mange forsøg. Vent et kvarter, og prøv igen."), "error")
            return render_template("auth/login.html", form=form), 429
        person = services.authenticate(email, form.password.data)
        if person is None:
            throttle.record("login-email", email)
            throttle.record("login-ip", address)
            db.session.commit()
            flash(_("Forkert e-mail eller adgangskode."), "error")
        else:
            throttle.forget("login-email", email)
            db.session.commit()
            session.clear()
            session.permanent = True
            login_user(person, remember=form.remember.data)
            return redirect(safe_next(request.args.get("next")) or url_for("main.index"))
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()
    session.clear()
    flash(_("Du er logget ud."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/indstillinger", methods=["GET", "POST"])
def settings():
    form = SettingsForm(obj=current_user)
    password_form = PasswordForm(prefix="pw")
    if form.submit.data and form.validate_on_submit():
        services.save_settings(
            current_user,
            form.language.data,
            form.digest_enabled.data,
            form.deadline_reminders_enabled.data,
        )
        db.session.commit()
        flash(_("Dine indstillinger er gemt."), "success")
        return redirect(url_for("auth.settings"))
    if password_form.submit.data and password_form.validate_on_submit():
        if services.change_password(
            current_user, password_form.current.data, password_form.new.data
        ):
            db.session.commit()
            login_user(current_user._get_current_object())
            flash(_("Din adgangskode er skiftet. Du er logget ud alle andre steder."), "success")
            return redirect(url_for("auth.settings"))
        password_form.current.errors.append(_("Den nuværende adgangskode er forkert."))
    return render_template("auth/settings.html", form=form, password_form=password_form)


@bp.route("/indstillinger/kalender", methods=["POST"])
def renew_calendar():
    """Create or renew the private calendar URL; the old one stops working."""
    renew_token(current_user._get_current_object())
    db.session.commit()
    flash(_("Du har fået et nyt kalenderlink. Det gamle link virker ikke længere."), "success")
    return redirect(url_for("auth.settings", _anchor="kalender"))


@bp.route("/l/<token>")
def email_login(token):
    """Follow a link from an email: log that person in and open the page. Changes no data."""
    found = links.read_login_link(token, request.args.get("n"))
    if found is None:
        flash(_("Linket er udløbet eller ugyldigt. Log ind for at fortsætte."), "error")
        return redirect(url_for("auth.login"))
    person, path = found
    if not current_user.is_authenticated or current_user.id != person.id:
        session.clear()
        login_user(person)
    return redirect(path)


@bp.route("/glemt-adgangskode", methods=["GET", "POST"])
def forgot_password():
    """Ask for a reset link; the answer is the same whether the address is known or not."""
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        email, address = form.email.data.strip().lower(), request.remote_addr or "-"
        if not (throttle.blocked("reset-email", email) or throttle.blocked("reset-ip", address)):
            throttle.record("reset-email", email)
            throttle.record("reset-ip", address)
            person = services.find_person_by_email(email)
            if person is not None and person.active:
                reset.queue_reset_email(person)
            db.session.commit()
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
    person = reset.person_for_reset(token)
    if person is None:
        flash(_("Linket er udløbet eller allerede brugt. Bed om et nyt."), "error")
        return redirect(url_for("auth.forgot_password"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        person.set_password(form.new.data)
        db.session.commit()
        logout_user()
        session.clear()
        flash(_("Din adgangskode er skiftet. Log ind med den nye."), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset.html", form=form)
