"""The one error of reading a referat, with its message in Danish and English.

Pure module: stdlib only.
"""

from __future__ import annotations


class MinutesError(ValueError):
    """A referat could not be read or understood.

    ``str(err)`` is a Danish message meant for the user; :meth:`message` gives it in
    Danish or English.
    """

    def __init__(self, message_da: str, message_en: str | None = None, code: str = "invalid"):
        super().__init__(message_da)
        self.message_da = message_da
        self.message_en = message_en or message_da
        self.code = code

    def message(self, locale: str = "da") -> str:
        """The message in the locale: English for "en…", else Danish."""
        return self.message_en if (locale or "da").lower().startswith("en") else self.message_da

    def __str__(self) -> str:
        return self.message_da


def megabytes(size: int, locale: str = "da", *, trim: bool = True) -> str:
    """A byte count in MB for messages: "5", "1,5" (Danish) or "1.5" (English).

    Limits are named without a trailing ",0" (``trim``); a file's own size keeps it.
    """
    text = f"{size / 1024 / 1024:.1f}"
    text = text.removesuffix(".0") if trim else text
    return text if (locale or "da").lower().startswith("en") else text.replace(".", ",")


def seconds_text(seconds: float, locale: str = "da") -> str:
    """Seconds for messages: "1 sekund", "10 sekunder", "2,5 sekunder"; "2.5 seconds" in English."""
    english = (locale or "da").lower().startswith("en")
    number = f"{seconds:g}" if english else f"{seconds:g}".replace(".", ",")
    if english:
        return f"{number} second" + ("" if seconds == 1 else "s")
    return f"{number} sekund" + ("" if seconds == 1 else "er")
