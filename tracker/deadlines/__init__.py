"""Deadlines in words ("primo marts", "uge 12", "inden sommerferien") read into dates."""

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
    "find_deadline",
    "format_date",
    "format_range",
    "parse_deadline",
]
