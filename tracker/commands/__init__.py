"""Command-line commands, registered on the app by ``create_app``."""

from flask import Flask


def register_commands(app: Flask) -> None:
    """Attach every command group to ``app.cli``."""
    from tracker.commands import (
        deadline,
        deliver,
        demo,
        minutes,
        people,
        reminders,
        report,
        serve,
        users,
    )

    app.cli.add_command(users.users)
    app.cli.add_command(people.people)
    app.cli.add_command(deadline.deadline)
    app.cli.add_command(demo.demo)
    app.cli.add_command(minutes.minutes)
    app.cli.add_command(report.report)
    app.cli.add_command(serve.serve)
    app.cli.add_command(reminders.reminders)
    reminders.reminders.add_command(deliver.deliver)
    app.cli.add_command(reminders.scheduler)
