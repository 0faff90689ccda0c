"""What the importer understood only in part: warnings as codes and values, never silent.

The parser and the header reader add a :class:`MinutesWarning` to ``ParsedMinutes.warnings``
for each part of a document they could not place (a table they did not read, text after the
last item, a header without a date …). :func:`review_warnings` adds the ones that need the
proposals too (no items, no proposals although the text decides something). The importing
layer turns each code into a Danish (translatable) sentence: ``tracker.importing.notices``.

To add a warning: pick a code, append ``MinutesWarning(code, detail)`` where the rule sees the
problem (``detail`` is a short quote or value the sentence shows), and give the code its
sentence in ``tracker.importing.notices.MESSAGES``. An unknown code still shows, with a
general sentence and its detail.

Pure module: stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from tracker import rules
from tracker.deadlines.formatting import format_date

# The codes the parser uses (others may add theirs; the importing layer words each one).
NO_ITEMS = "no_items"  # no agenda item found; detail: a decision word the text holds, if any
NO_PROPOSALS = "no_proposals"  # no proposed action; detail: a decision word the text holds
RENUMBERED = "renumbered"  # the file's numbering was lost or repeated; detail: "1, 1, 1"
UNNUMBERED = "unnumbered"  # items without numbers (time slots, bold titles); detail: how many
UNREAD_TABLE = "unread_table"  # a table row outside any item; detail: its first cells
TEXT_AFTER_ITEMS = "text_after_items"  # text after the last item's decision; detail: its start
DETAIL_MAX = 80


@dataclass(frozen=True)
class MinutesWarning:
    """One thing the importer could not place or is unsure of: a code and what it concerns.

    Most are worded in the importing layer by their code; a warning whose words depend on
    dates read here (the meeting's date) carries them itself, in Danish and English, as
    :class:`tracker.minutes.errors.MinutesError` does (:func:`worded`)."""

    code: str
    detail: str = ""
    da: str = ""
    en: str = ""

    def as_list(self) -> list[str]:
        """The warning as JSON keeps it (the reading's child process, the kept upload)."""
        return [self.code, self.detail, self.da, self.en]

    @classmethod
    def from_list(cls, value) -> MinutesWarning | None:
        """The warning :meth:`as_list` wrote; None for anything else."""
        if not isinstance(value, list) or not value:
            return None
        return cls(*(str(part) for part in value[:4]))


def worded(da: str, en: str | None = None, code: str = "warning") -> MinutesWarning:
    """A warning that carries its own words (Danish, and English)."""
    return MinutesWarning(code, "", da, en or da)


def excerpt(text: str, limit: int = DETAIL_MAX) -> str:
    """A short quote for a warning: one line, cut at a word with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.") + " …"


# Words by which a referat records that something was decided, strongest first; then the
# words of a task ("skal", "ansvarlig", "frist").
DECIDED_WORD = re.compile(
    r"\b(?:besluttede|besluttet|beslutning|vedtaget|vedtog|godkendt|godkendte|godkendes"
    r"|aftalt|aftalte|tiltrådt|anbefales)\b",
    re.IGNORECASE,
)
_DECISION_WORDS = (
    DECIDED_WORD,
    re.compile(r"\b(?:opfølgning|ansvarlig|frist|skal)\b", re.IGNORECASE),
)


def decision_word(texts: Iterable[str]) -> str:
    """The first word in the texts that records a decision (else a task), or ""."""
    texts = list(texts)
    for pattern in _DECISION_WORDS:
        for text in texts:
            m = pattern.search(text or "")
            if m:
                return m.group(0)
    return ""


def review_warnings(minutes, drafts: Sequence) -> list[MinutesWarning]:
    """The parse's warnings, and "no proposals" when the import proposes no action at all."""
    result = list(minutes.warnings)
    codes = {w.code for w in result}
    if not drafts and NO_ITEMS not in codes and NO_PROPOSALS not in codes:
        texts = [f"{item.decision}\n{item.summary}" for item in minutes.agenda_items]
        result.append(MinutesWarning(NO_PROPOSALS, decision_word(texts)))
    return result


def passed_deadlines_warning(drafts: Sequence, today: date) -> MinutesWarning | None:
    """Proposals whose deadline has already passed (an old referat imported late): saved as
    they stand they are overdue at once, and the reminders say so to their owners."""
    late = [d for d in drafts if rules.days_overdue(d.due_end, today) > 0]
    if not late:
        return None
    first = min(late, key=lambda d: d.due_end)
    return worded(
        f"{len(late)} af de foreslåede handlingers frister er allerede overskredet (fx "
        f"»{excerpt(first.title, 60)}«, frist {format_date(first.due_end)}); gemt, som de står, "
        "er de forsinkede fra start, og ejerne får påmindelser. Ret fristerne, eller fravælg "
        "det, der er klaret.",
        f"{len(late)} of the proposed actions' deadlines have already passed (e.g. "
        f"»{excerpt(first.title, 60)}«, due {format_date(first.due_end, 'en')}); saved as they "
        "stand they are overdue at once, and their owners get reminders. Correct the deadlines, "
        "or untick what is done.",
        code="deadlines_passed",
    )
