"""Deadlines in words ("primo marts", "uge 12", "inden sommerferien") read into dates."""

from .dates import find_date, find_dates
from .grammar import (
    PRECISIONS,
    Deadline,
    DeadlineError,
    canonical_text,
    find_all_deadlines,
    find_deadline,
    format_date,
    format_range,
    parse_deadline,
)

__all__ = [
    "PRECISIONS",
    "Deadline",
    "DeadlineError",
    "canonical_text",
    "find_all_deadlines",
    "find_date",
    "find_dates",
    "find_deadline",
    "format_date",
    "format_range",
    "parse_deadline",
]
