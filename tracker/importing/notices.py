"""The import's warnings in words: what a referat's reading could not place, in Danish first.

The pure core names each warning by a code and a detail (``tracker.minutes.notices``); this
module gives each code its translatable sentence, for the review page and for
``tracker minutes import`` (plain and ``--json``). A code without a sentence here still shows.
"""

from __future__ import annotations

from flask_babel import get_locale, gettext, ngettext
from flask_babel import lazy_gettext as _l

from tracker.importing.services import Parsed, from_approved_proposal
from tracker.minutes import notices, ocr
from tracker.minutes.notices import MinutesWarning

# One sentence per code; %(detail)s is the warning's detail (a quote or a value).
MESSAGES = {
    ocr.SCANNED: _l(
        "Teksten er læst fra et scannet billede (OCR) og kan have læsefejl. Kontrollér "
        "navne, datoer, frister og forslag omhyggeligt mod det scannede referat."
    ),
    notices.NO_ITEMS: _l(
        "Importen fandt ingen dagsordenspunkter i referatet. Kontrollér, at punkterne er "
        "nummererede (»1. Titel« eller »Punkt 1: Titel«), eller opret dem på mødet bagefter."
    ),
    notices.NO_PROPOSALS: _l(
        "Importen fandt ingen forslag til handlinger. Gennemse beslutningerne, og opret "
        "handlingerne fra mødet bagefter, hvis der er nogen."
    ),
    notices.RENUMBERED: _l(
        "Referatets punktnumre var tabt eller gentaget (%(detail)s); punkterne er nummereret "
        "i rækkefølge. Kontrollér numrene."
    ),
    notices.UNNUMBERED: _l(
        "Referatets %(detail)s punkter havde ingen numre (de er fundet ved deres overskrifter, "
        "tidspunkter eller afsnit som »Sagsfremstilling«, der gentages for hvert punkt) og er "
        "nummereret i rækkefølge. Kontrollér dem."
    ),
    notices.UNREAD_TABLE: _l(
        "En tabel blev læst som almindelig tekst, så dens kolonner (fx ansvarlig og frist) "
        "ikke er brugt: »%(detail)s«. Kontrollér forslagene fra den."
    ),
    notices.TEXT_AFTER_ITEMS: _l(
        "Efter det sidste punkt står tekst med beslutninger, som ikke er knyttet til noget "
        "punkt: »%(detail)s«. Opret handlingerne fra mødet bagefter, hvis der er nogen."
    ),
}
# The same warning, when the text holds a decision word (its detail): more than a calm "none".
WITH_DECISION_WORD = {
    notices.NO_ITEMS: _l(
        "Importen fandt ingen dagsordenspunkter, men teksten rummer beslutninger "
        "(fx »%(detail)s«). Teksten er læst som ét afsnit, og forslagene fra den hører ikke "
        "til noget punkt. Kontrollér, at punkterne er nummererede (»1. Titel« eller "
        "»Punkt 1: Titel«), eller opret punkter og handlinger på mødet bagefter."
    ),
    notices.NO_PROPOSALS: _l(
        "Importen fandt ingen forslag til handlinger, men referatet rummer beslutninger "
        "(fx »%(detail)s«). Gennemse beslutningerne, og opret handlingerne fra mødet bagefter."
    ),
}
_UNKNOWN = _l("Referatet blev kun delvis læst (%(code)s): %(detail)s")
# The command's own option for what a warning asks for: named only where the command prints
# it (the review page has its fields and names no command-line options).
COMMAND_OPTIONS = {"no_forum": "--forum", "no_date": "--date"}


def message(warning: MinutesWarning) -> str:
    """The warning as one sentence in the current language."""
    if warning.da:  # worded where it was found (tracker.minutes.notices.worded)
        return warning.en if str(get_locale() or "da").startswith("en") else warning.da
    template = WITH_DECISION_WORD.get(warning.code) if warning.detail else None
    template = template or MESSAGES.get(warning.code)
    if template is None:
        return str(_UNKNOWN) % {"code": warning.code, "detail": warning.detail or "–"}
    return str(template) % {"detail": warning.detail}


def command_message(warning: MinutesWarning) -> str:
    """The warning as ``tracker minutes import`` prints it: the sentence, and the option
    that gives what it asks for, as a sentence after it ("På kommandolinjen: --forum.")."""
    option = COMMAND_OPTIONS.get(warning.code)
    if option is None:
        return message(warning)
    return gettext(
        "%(message)s På kommandolinjen: %(option)s.", message=message(warning), option=option
    )


def counts(items: int, proposals: int) -> str:
    """What was found, in one sentence: "Læst: 5 punkter og 3 forslag til handlinger."."""
    found_items = ngettext("%(num)d dagsordenspunkt", "%(num)d dagsordenspunkter", items)
    found_drafts = ngettext(
        "%(num)d forslag til handling", "%(num)d forslag til handlinger", proposals
    )
    return gettext("Læst: %(items)s og %(drafts)s.", items=found_items, drafts=found_drafts)


def as_json(warnings: list[MinutesWarning]) -> list[dict]:
    """The warnings for ``--json``: code, detail and the sentence a person reads."""
    return [{"code": w.code, "detail": w.detail, "message": command_message(w)} for w in warnings]


def to_confirm(parsed: Parsed) -> set[str]:
    """The source sentences of the drafts taken from an approved proposal (the review marks
    them: the meeting approved the proposal, the secretary confirms each task)."""
    return {d.source_text for d in parsed.drafts if from_approved_proposal(parsed, d)}
