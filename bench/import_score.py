"""How well the importer reads real minutes (the measure) and its own corpus (single shapes).

    .venv/bin/python -m bench.import_score [-v]          # both, side by side
    .venv/bin/python -m bench.import_score --real [-v]   # only the real minutes
    .venv/bin/python -m bench.import_score --heldout DIR [-v] [NAME ...]  # a held-out set

The real score is the one that counts: the scorer in ``../shared/referater/`` (real published
minutes nobody wrote for this importer, with what a secretary wants from each) runs
``tracker minutes import FILE --dry-run --json`` on each file, against a throwaway SQLite
database. Its last line is printed beside the invented corpus's total.

The invented corpus is tests/data/referater/:
Each referat has a hand-written ``<file>.json`` beside it: the meeting fields, who attended
and who did not, the agenda items with their case numbers, and the follow-up actions a
secretary would track (a word of the title, the owner, the deadline's last day). Printed per
file and in total:

- fields right / total: forum, date, time and place; the present and the absent (each list
  one field, right when the names are exactly those); each agenda item's number, title and
  case number (an item read that is not in the referat counts as one wrong field);
- recall: expected actions that some draft matches (its title holds the expected words);
- precision: drafts that match an expected action, of all drafts;
- owners and deadlines right: of the matched actions, those whose first proposed owner and
  whose deadline's last day are the expected ones (no deadline expected: none proposed).

A held-out set (``--heldout DIR``) is a folder made like ``../shared/referater/``: an
``expected.json`` written before the importer ran, and the documents in ``inputs/``. It is scored
by the shared scorer's own rules (its ``expected.json`` swapped for the set's), so a set of real
minutes kept outside the project is measured exactly as the shared one; NAME limits it to the
files whose names start so.

``-v`` lists the misses. The test ``tests/importing/test_import_corpus.py`` keeps the totals.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tracker.minutes.drafts import DraftAction, extract_draft_actions
from tracker.minutes.parser import ParsedMinutes, parse_minutes
from tracker.minutes.reading import MinutesError, read_minutes_bytes

CORPUS = Path(__file__).parent.parent / "tests" / "data" / "referater"


@dataclass
class Score:
    """The counts for one referat (or, added up, for the corpus)."""

    name: str
    fields_right: int = 0
    fields_total: int = 0
    expected_actions: int = 0
    found_actions: int = 0  # expected actions some draft matches
    drafts: int = 0
    true_drafts: int = 0  # drafts that match an expected action
    owners_right: int = 0
    deadlines_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Add another file's counts to these."""
        for name in (
            "fields_right",
            "fields_total",
            "expected_actions",
            "found_actions",
            "drafts",
            "true_drafts",
            "owners_right",
            "deadlines_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def field_rate(self) -> float:
        return self.fields_right / self.fields_total if self.fields_total else 1.0

    @property
    def recall(self) -> float:
        return self.found_actions / self.expected_actions if self.expected_actions else 1.0

    @property
    def precision(self) -> float:
        return self.true_drafts / self.drafts if self.drafts else 1.0


def corpus_files() -> list[Path]:
    """The referater that have an expected result."""
    return sorted(p for p in CORPUS.iterdir() if (CORPUS / (p.name + ".json")).exists())


def read(path: Path) -> tuple[ParsedMinutes, list[DraftAction]]:
    """The referat read, parsed and its drafts proposed, as the import does (no known people)."""
    minutes = parse_minutes(read_minutes_bytes(path.read_bytes(), path.name))
    return minutes, extract_draft_actions(minutes)


def score_file(path: Path) -> Score:
    """Compare one referat's reading with its expected result."""
    expected = json.loads((CORPUS / (path.name + ".json")).read_text(encoding="utf-8"))
    score = Score(path.name)
    try:
        minutes, drafts = read(path)
    except MinutesError as error:
        score.fields_total = 6 + 3 * len(expected["agenda_items"])
        score.expected_actions = len(expected["actions"])
        score.misses.append(f"afvist: {error}")
        return score

    def check(label: str, got, want) -> None:
        score.fields_total += 1
        if got == want:
            score.fields_right += 1
        else:
            score.misses.append(f"{label}: {got!r} ≠ {want!r}")

    meeting = expected["meeting"]
    check("forum", minutes.forum, meeting["forum"])
    check("dato", minutes.date.isoformat() if minutes.date else None, meeting["date"])
    time = minutes.start_time.strftime("%H:%M") if minutes.start_time else None
    check("tid", time, meeting["start_time"])
    check("sted", minutes.location, meeting["location"])
    check("til stede", sorted(a.name for a in minutes.attendees if a.present),
          sorted(expected["present"]))  # fmt: skip
    check("fravær", sorted(a.name for a in minutes.attendees if not a.present),
          sorted(expected["absent"]))  # fmt: skip
    for index, want in enumerate(expected["agenda_items"]):
        got = minutes.agenda_items[index] if index < len(minutes.agenda_items) else None
        check(f"punkt {index + 1} nummer", got and got.number, want["number"])
        check(f"punkt {index + 1} titel", got and got.title, want["title"])
        check(f"punkt {index + 1} sagsnr.", got and got.case_number, want["case_number"])
    for extra in minutes.agenda_items[len(expected["agenda_items"]) :]:
        check("punkt for meget", f"{extra.number}. {extra.title}", None)
    _score_actions(score, expected["actions"], drafts)
    return score


def _score_actions(score: Score, expected: list[dict], drafts: list[DraftAction]) -> None:
    score.expected_actions = len(expected)
    score.drafts = len(drafts)
    unused = list(drafts)
    for want in expected:
        match = next((d for d in unused if want["match"].lower() in d.title.lower()), None)
        if match is None:
            score.misses.append(f"handling mangler: {want['match']!r}")
            continue
        unused.remove(match)
        score.found_actions += 1
        score.true_drafts += 1
        owner = match.owner_names[0] if match.owner_names else None
        if owner == want["owner"]:
            score.owners_right += 1
        else:
            score.misses.append(f"ejer for {match.title!r}: {owner!r} ≠ {want['owner']!r}")
        end = match.due_end.isoformat() if match.due_end else None
        if end == want["deadline_end"]:
            score.deadlines_right += 1
        else:
            words, want_end = match.deadline_text, want["deadline_end"]
            score.misses.append(f"frist for {match.title!r}: {words!r} → {end} ≠ {want_end}")
    for draft in unused:
        score.misses.append(f"ikke en handling: {draft.title!r}")


def score_corpus() -> tuple[list[Score], Score]:
    """Every file's score and the total."""
    scores = [score_file(path) for path in corpus_files()]
    total = Score("I alt")
    for score in scores:
        total.add(score)
    return scores, total


def _line(score: Score) -> str:
    matched = score.found_actions
    return (
        f"{score.name:42} felter {score.fields_right:3d}/{score.fields_total:<3d} "
        f"({score.field_rate:6.1%})  handlinger "
        f"{score.found_actions:2d}/{score.expected_actions:<2d} "
        f"recall {score.recall:6.1%}  præcision {score.precision:6.1%} "
        f"({score.true_drafts}/{score.drafts})  ejere {score.owners_right}/{matched}  "
        f"frister {score.deadlines_right}/{matched}"
    )


REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "referater"


def _scored(args: list[str]) -> str:
    """Run the scorer (python ARGS) against a throwaway database; what it printed."""
    tracker = Path(sys.executable).with_name("tracker")
    with tempfile.TemporaryDirectory() as instance:
        env = {
            **os.environ,
            "SECRET_KEY": "import-score",
            "DATABASE_URL": f"sqlite:///{instance}/score.db",
            "TRACKER_INSTANCE_DIR": instance,
        }
        subprocess.run([str(tracker), "db", "upgrade"], env=env, check=True, capture_output=True)
        done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True)
    return done.stdout + done.stderr


def real_score(verbose: bool = False) -> str:
    """Run the shared scorer on the real minutes; its report (the last line holds the totals)."""
    if not (REAL / "score.py").exists():
        return f"(ingen rigtige referater: {REAL} findes ikke)"
    tracker = Path(sys.executable).with_name("tracker")
    args = [str(REAL / "score.py"), str(tracker), str(REAL / "inputs")]
    return _scored(args + (["-v"] if verbose else []))


# The shared scorer reads its expected.json when it is loaded; a held-out set's replaces it
# (only the files named, or all), so its rules and its report stay the shared ones.
_HELDOUT = (
    "import json, runpy, sys; scorer = runpy.run_path(sys.argv[1], run_name='scorer');"
    " expected = json.load(open(sys.argv[2], encoding='utf-8'));"
    " names = [n for n in sys.argv[5:] if n != '-v']; files = expected['files'];"
    " expected['files'] = {k: v for k, v in files.items()"
    " if not names or any(k.startswith(n) for n in names)};"
    " expected['variants'] = {}; expected['docx_variants'] = {};"
    " scorer['EXP'].clear(); scorer['EXP'].update(expected);"
    " sys.argv = ['score.py', sys.argv[3], sys.argv[4]] + ['-v'] * ('-v' in sys.argv[5:]);"
    " scorer['main']()"
)


def heldout_score(folder: Path, verbose: bool = False, names: list[str] | None = None) -> str:
    """Score a held-out set (DIR/expected.json, DIR/inputs/) by the shared scorer's rules."""
    if not (REAL / "score.py").exists():
        return f"(ingen scorer: {REAL} findes ikke)"
    if not (folder / "expected.json").is_file() or not (folder / "inputs").is_dir():
        return f"(intet sæt: {folder} skal have expected.json og inputs/)"
    tracker = Path(sys.executable).with_name("tracker")
    args = ["-c", _HELDOUT, str(REAL / "score.py"), str(folder / "expected.json"), str(tracker)]
    return _scored(args + [str(folder / "inputs"), *(names or []), *(["-v"] if verbose else [])])


def main(argv: list[str] | None = None) -> None:
    """Print the real score and the invented corpus's, every file and the totals."""
    argv = argv if argv is not None else sys.argv[1:]
    verbose = "-v" in argv
    if "--heldout" in argv:
        rest = argv[argv.index("--heldout") + 1 :]
        names = [a for a in rest[1:] if not a.startswith("-")]
        print(heldout_score(Path(rest[0]), verbose, names).rstrip() if rest else "--heldout DIR")
        return
    report = real_score(verbose)
    print("Rigtige referater (../shared/referater):")
    print(report.rstrip())
    if "--real" in argv:
        return
    print()
    print("Egne referater (tests/data/referater, enkelte former):")
    scores, total = score_corpus()
    for score in scores:
        print(_line(score))
        if verbose:
            for miss in score.misses:
                print("    " + miss)
    print(_line(total))
    print()
    print("I alt, rigtige: " + (report.strip().splitlines() or ["-"])[-1])
    print("I alt, egne:    " + _line(total).strip())


if __name__ == "__main__":
    main()
