"""The ``tracker`` console script: Flask's CLI bound to this app."""

from flask.cli import FlaskGroup
from flask_babel import lazy_gettext as _l

from tracker import create_app

cli = FlaskGroup(create_app=lambda: create_app(), help=_l("Opfølgning på Lederforum."))


def main() -> None:
    """Entry point of the ``tracker`` command."""
    cli(prog_name="tracker")


if __name__ == "__main__":
    main()
