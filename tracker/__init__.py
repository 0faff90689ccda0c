"""The tracker application factory.

Its imports live inside ``create_app`` so that importing a pure package (``tracker.deadlines``,
``tracker.minutes``, ...) loads neither Flask nor SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask


def create_app(config: dict | None = None) -> Flask:
    """Create the app: load config, bind extensions, register blueprints, errors and CLI."""
    from flask import Flask

    from config import load_config

    settings = load_config(config)
    app = Flask(
        __name__,
        instance_path=settings["INSTANCE_DIR"],
        template_folder="../templates",
        static_folder="static",
    )
    app.config.update(settings)

    from tracker import i18n, transactions
    from tracker.extensions import babel, csrf, db, init_migrate, login, mail

    db.init_app(app)
    transactions.init_app(app)  # first: its after_request runs after all the others
    init_migrate(app, directory=str(app.root_path + "/../migrations"))
    login.init_app(app)
    csrf.init_app(app)
    mail.init_app(app)  # Flask-Mail: the outbox's sender (tracker.mail.delivery)
    babel.init_app(
        app,
        locale_selector=i18n.select_locale,
        timezone_selector=i18n.select_timezone,
        default_translation_directories="translations",
    )
    i18n.init_app(app)
    from tracker import tokens

    app.jinja_env.globals["checkin_choices"] = tokens.checkin_choices  # pages and emails

    from tracker import errors, logs, routing, security
    from tracker.actions.views import bp as actions_bp
    from tracker.auth.views import bp as auth_bp
    from tracker.checkin.views import bp as checkin_bp
    from tracker.importing.views import bp as importing_bp
    from tracker.main.views import bp as main_bp
    from tracker.meetings.views import bp as meetings_bp
    from tracker.outbox.views import bp as outbox_bp
    from tracker.people.suggest_views import bp as suggest_bp
    from tracker.people.views import bp as people_bp
    from tracker.reminders.views import bp as reminders_bp
    from tracker.reports.views import bp as reports_bp

    routing.init_app(app)  # converters first: each route binds them as it is registered
    app.register_blueprint(main_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(meetings_bp)
    app.register_blueprint(actions_bp)
    app.register_blueprint(reminders_bp)
    app.register_blueprint(outbox_bp)
    app.register_blueprint(importing_bp)
    app.register_blueprint(reports_bp)
    app.register_blueprint(people_bp)
    app.register_blueprint(suggest_bp)
    app.register_blueprint(checkin_bp)
    errors.register(app)
    security.init_app(app)
    logs.init_app(app)

    from tracker.commands import register_commands

    register_commands(app)
    return app
