"""``option``: click.option whose help text is translated when the help is shown.

Click cleans an option's help (inspect.cleandoc) when the module is imported, before any app
context has chosen a language, which would fix a lazy text in Danish for good; this option
keeps the lazy text and reads it when the help is printed, in the configured language.
"""

from __future__ import annotations

import functools

import click


class TranslatedOption(click.Option):
    """A click option that keeps its lazy (Flask-Babel) help text until it is shown."""

    def __init__(self, *args, help=None, **kwargs):  # noqa: A002 - click's own name
        super().__init__(*args, **kwargs)
        self.help = help

    def get_help_record(self, ctx):
        """The help line, with the text read now in the command's language."""
        lazy = self.help
        self.help = None if lazy is None else str(lazy)
        try:
            return super().get_help_record(ctx)
        finally:
            self.help = lazy


option = functools.partial(click.option, cls=TranslatedOption)
