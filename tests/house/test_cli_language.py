"""The commands speak the configured language (BABEL_DEFAULT_LOCALE): Danish, or English."""

from __future__ import annotations

import pytest

from tests.factories import make_action, make_person
from tracker.rules import PASSWORD_MIN_LENGTH

DANISH = (
    "Brugere: opret, skift adgangskode, deaktivér, vis.",
    "Ingen bruger med e-mail nobody@example.org.",
    f"Adgangskoden skal være mindst {PASSWORD_MIN_LENGTH} tegn.",
    "Går er deaktiveret; 2 åbne handlinger til Arving.",
    "'soon' er ikke et tidspunkt som 2025-03-03T07:00.",
    "E-mailadresse (bruges til login).",
)
ENGLISH = (
    "Users: create, change password, deactivate, list.",
    "No user with email nobody@example.org.",
    f"The password must be at least {PASSWORD_MIN_LENGTH} characters.",
    "Går is deactivated; 2 open actions to Arving.",
    "'soon' is not a moment like 2025-03-03T07:00.",
    "Email address (used to log in).",
)


def _outputs(app) -> list[str]:
    leaving = make_person(name="Går", email="gaar@example.org")
    heir = make_person(name="Arving", email="arving@example.org")
    make_action(leaving, "Første")
    make_action(leaving, "Anden")
    runner = app.test_cli_runner()
    runs = (
        ["users", "--help"],
        ["users", "set-password", "nobody@example.org", "--password", "a long password"],
        ["users", "create", "--email", "n@example.org", "--name", "N", "--password", "short"],
        ["people", "deactivate", leaving.email, "--to", heir.email],
        ["reminders", "run", "--at", "soon"],
        ["users", "create", "--help"],  # an option's help, read when the help is printed
    )
    return [runner.invoke(args=args).output for args in runs]


@pytest.mark.parametrize(
    ("language", "expected", "other"), [("da", DANISH, ENGLISH), ("en", ENGLISH, DANISH)]
)
def test_the_commands_speak_the_configured_default_language(app, language, expected, other):
    app.config["BABEL_DEFAULT_LOCALE"] = language
    with app.app_context():  # a fresh context: the language is chosen anew, as in each command
        outputs = _outputs(app)
    for output, wanted, unwanted in zip(outputs, expected, other, strict=True):
        assert wanted in " ".join(output.split()), output  # help text may be wrapped
        assert unwanted not in " ".join(output.split()), output
