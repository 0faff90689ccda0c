"""Who the minutes' body says was absent, and who an agenda item about absence names.

The body: an absence label under each decision ("Ikke til stede: …", "Afbud fra: …"), or one
alone with its names on the line below or in a list ("Fraværende:" / "- A" / "- B"), one inside
a flattened PDF's line ("… Rådet den Ikke til stede: A, B, C Dagsordenen godkendt."), a sentence
("A og B var fraværende."), a stand-in. An item "Fraværende" / "Meddelelse om fravær": the names
it gives, or the listed attendees it mentions. Each line is read by
:mod:`tracker.minutes.attendance`; here the attendees are marked.

Pure module: no Flask, no database.
"""

from __future__ import annotations

import re

from tracker.minutes.attendance import (
    _BULLET,
    ABSENT_LABEL,
    SENTENCE_START,
    _may_tell_absence,
    absences_in_text,
    looks_like_names,
    parse_attendees,
)
from tracker.minutes.attendees import Attendee, mark_attendee, same_person
from tracker.minutes.fields import field_match
from tracker.minutes.first_names import is_first_name
from tracker.minutes.guest_absence import presenter_above
from tracker.minutes.letters import CAPITALS

__all__ = ["absences_in_body", "absences_of_item"]


def absences_in_body(texts: list[str], attendees: list[Attendee]) -> None:
    """Mark (or add) those the body says were absent: "Ikke til stede: …" under each
    decision, "Afbud fra: …", "A og B var fraværende.", stand-ins."""
    for index, text in enumerate(texts):
        if not _may_tell_absence(text):
            # a flattened page's long line: "… Anna Toft Afbud fra Kirsten Hansen Godkendelse …"
            inner = "fbud" in text or "ravær" in text or "stede:" in text
            for name, present in _inner_absence(text, long=True) + _marked(text) if inner else []:
                mark_attendee(attendees, name, present)
            continue
        # "Afbud: Ingelise Tanja deltager som suppleant Afbud fra Sanne og Rikke.": both
        told = absences_in_text(text)
        # "Afbud: Bjarne Lindqvist Næste møde 6. februar 2013 …": the label's list, cut where
        # the line goes on, when it was not read as a list of its own
        told += _inner_absence(text, opening=not told) + _marked(text)
        line = _BULLET.sub("", text).strip()
        m = ABSENT_LABEL.match(line) or _ABSENT_HEADING.match(line)
        if m and not m.group("value").strip():
            # "Fraværende:" alone, the names on the line below (a blank line between), or one
            # a line in a list ("Der var afbud fra:" / "- A" / "- B")
            below = _names_below(texts[index + 1 :])
            told = [(n, False) for line in below for n, _ in parse_attendees(line)]
        for name, present in told:
            if not same_person(attendees, name) and presenter_above(texts, index, name):
                continue  # "… v/Kirsten Holm" / "Afbud fra Kirsten Holm": a guest's regrets
            mark_attendee(attendees, name, present)


_ABSENT_HEADING = re.compile(r"^(?:afbud|fraværende)(?P<value>)$", re.I)


def _names_below(texts: list[str]) -> list[str]:
    """The lines of names under an absence label alone: the next line of names and the lines
    of names right after it ("Direktør Anette Ørbæk, Ringkøbing-Skjern kommune" / "PLO-m
    Susanne Krogsgaard"), or the list of bulleted names that follows it, a line each."""
    lines = [t for t in texts[:40] if t.strip()]
    bulleted = bool(lines) and bool(_BULLET.match(lines[0]))
    names = []
    for line in lines:
        name = _BULLET.sub("", line).strip()
        if bool(_BULLET.match(line)) != bulleted or not looks_like_names(name):
            break
        if (
            ABSENT_LABEL.match(name)
            or field_match(name)  # "Afbud:" empty, then "Til stede: …": no one absent
            or (names and re.match(r"[A-ZÆØÅ][\wæøå /-]{1,25}:", name))
        ):
            break  # the next label ("Referent: …") ends the list
        if names and len(name.split()) == 1 and not is_first_name(name):
            break  # "Kaffe" after the names: a word, no one more
        names.append(name)
    return names


# An absence label inside a flattened PDF's line: "… Beslutninger Rådet den Ikke til stede: A, B,
# C Dagsordenen godkendt." The list ends where a sentence starts (a capitalised word, then one
# in lower case that is no name's particle).
_INNER_ABSENT = re.compile(
    r"(?:(?<=\s)|^)(?:Ikke\s+til\s+stede|Afbud(?:\s+fra)?|Fraværende(?:\s+med\s+afbud)?)\s*:\s*"
    r"(?P<value>[" + CAPITALS + "].*)$"
)
# On a flattened page's long line "Afbud fra" without its colon too (on a line of its own that
# may be a party's regrets: "2. Julefrokost. Afbud fra Ib og Lis")
_INNER_REGRETS = re.compile(r"(?<=\s)Afbud\s+fra\s+(?P<value>[" + CAPITALS + "].*)$")
# what stands before it on such a line: the roll call, or the meeting's date with its year
# ("… Onsdag d. 2. februar 2026 Afbud fra A, B. Dagsorden …", a flattened cover)
_ROLL_CALL = re.compile(
    r"\b(?:Til\s+stede|Tilstede|Deltagere|Fremmødte|Afbud)\b[^:]{0,10}:|\b(?:19|20)\d\d\b"
)
# Where such a list ends on the line: a sentence opens (a capitalised word and one in lower
# case, or "… Madsen. Dagsorden", "… Rikke. 1. Godkendelse"), an agenda's word ("… Hansen
# Godkendelse af referat"), the next label ("… Harbo Bilag: 1")
_LIST_ENDS = (
    SENTENCE_START,
    re.compile(r"(?<=[a-zæøå])\.\s+(?=[A-ZÆØÅ\d])"),
    re.compile(r"\s+(?=(?:Godkendelse|Dagsorden|Referat|Valg|Orientering|Meddelelser|Sager)\b)"),
    re.compile(r"\s+(?=[A-ZÆØÅ][\wæøå.]{2,20}:)"),
    re.compile(r"\s+(?=[A-ZÆØÅÉ]{4,}(?![\wæøå]))"),  # "… Frants Nielsen RESUMÉ …": a section
)


def _inner_absence(text: str, long: bool = False, opening: bool = False) -> list[tuple[str, bool]]:
    """The absent each inner "Ikke til stede: …" names (``long``: "Afbud fra …" too, as after
    the roll call; ``opening``: the label opening the line too), when the list is names."""
    found = []
    labels = [m for m in _INNER_ABSENT.finditer(text) if opening or m.start()]
    for regrets in _INNER_REGRETS.finditer(text):
        if not labels and (long or _ROLL_CALL.search(text, 0, regrets.start())):
            labels.append(regrets)  # "… Til stede var: A, B Afbud fra C Godkendelse …"
        elif labels and regrets.start() > labels[-1].start():
            labels.append(regrets)  # "Afbud: A B deltager som suppleant Afbud fra C og D."
    for m in labels:
        found += _names_of(m["value"])
    return found


def _cut(end: re.Pattern, value: str) -> str:
    """The value up to where ``end`` says the list ends; never between a first name and its
    surname ("Byggechef Jesper Rasmussen punkt 2-3" is not cut after "Jesper")."""
    for m in end.finditer(value):
        before = value[: m.start()].split()
        if end is not SENTENCE_START or not (before and is_first_name(before[-1])):
            return value[: m.start()]
    return value


def _names_of(value: str) -> list[tuple[str, bool]]:
    """The absent in a label's list that runs on into the line: "Vibeke Jensen som af …",
    "Lene Lohse Søndergaard Dagsorden: 1. …"."""
    for end in _LIST_ENDS:
        value = _cut(end, value)
    value = value.strip(" .")
    return [(n, False) for n, _ in parse_attendees(value)] if looks_like_names(value) else []


# "… Henrik Dalsgaard Villadsen Michael Werchmeister- afbud Michael Nørgaard …": a roll run
# together on a flattened page, each absent name marked after it
_MARKED_AWAY = re.compile(r"(?<=[a-zæøå])(?:\s*[-–]\s*afbud\b|\s+\((?:meldt\s+)?afbud\))", re.I)


def _marked(text: str) -> list[tuple[str, bool]]:
    """The names a run-together roll marks absent ("… Villadsen Michael Werchmeister- afbud …"):
    each from the first of the first names before its surname, or two or three capitalised
    words after a label ("AC: Łukasz Nowak (afbud)"); none when the name's start is unsure."""
    found = []
    for mark in _MARKED_AWAY.finditer(text):
        words = text[: mark.start()].split()[-5:]
        start = len(words) - 1 if words and is_first_name(words[-1]) else None
        run = len(words)  # where the capitalised words before the mark begin
        for j in range(len(words) - 1, -1, -1):
            if not re.fullmatch(r"[" + CAPITALS + r"][\w-]+", words[j]):
                break
            run = j
            if j < len(words) - 1 and is_first_name(words[j]):
                start = j  # "Jenny Irene Heinrichs": both first names are hers
            elif start is not None and start < len(words) - 1:
                break  # "Villadsen Michael …": the name before ends here
        bounded = run > 0 and words[run - 1].endswith(":")  # "AC: Łukasz Nowak"
        if start is None and bounded and 2 <= len(words) - run <= 3:
            start = run
        if start is not None:
            found.append((" ".join(words[start:]), False))
    return found


def absences_of_item(texts: list[str], attendees: list[Attendee]) -> None:
    """An agenda item about absence ("Fraværende", "Meddelelse om fravær"): the names it
    gives are absent; a paragraph of names alone is a list of the absent; without either,
    the listed attendees it mentions did not attend."""
    found: list[tuple[str, bool]] = []
    for text in texts:
        told = absences_in_text(text)
        if not told and looks_like_names(text):
            told = [(n, False) for n, _ in parse_attendees(text)]
        found += told
    if found:
        for name, present in found:
            mark_attendee(attendees, name, present)
        return
    joined = " ".join(texts)
    for attendee in attendees:
        if re.search(r"(?<!\w)" + re.escape(attendee.name) + r"(?!\w)", joined):
            attendee.present = False
