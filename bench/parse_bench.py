"""The minutes reader (parse_minutes and extract_draft_actions) of two trees side by side: an
old tree (default ../main) and this one, each in a worker process of its own, asked in turns in
one run, so that a loaded machine weighs on both alike.

    python -m bench.parse_bench [--old ../main] [--repeat 5] [--budget 60]

Texts: the generated 40 pages as text and the text of its PDF, real referater beside the
project (../shared/referater/inputs) when they are there, and hostile shapes: a word of 200,000
letters, a deadline phrase repeated to 200 KB and a numbered line of 20,000 letters. Per text:
the median milliseconds old and new and their ratio; a run over ``--budget`` seconds ends its
worker and is counted as over (the old tree took minutes on some hostile shapes).
"""

from __future__ import annotations

import argparse
import os
import select
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.import_bench import forty_pages, forty_pages_pdf
from tracker.minutes.reading import read_minutes_bytes

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "referater" / "inputs"
REAL_FILES = (
    "aarhus-byraadet-2025-08-27.txt",
    "ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.txt",
    "aarhus-teknisk-udvalg-2025-10-01.txt",
)
HEAD = "Referat\nMødedato: 1. december 2026\nDeltagere: Bo Lund, Eva Holm\n\nPunkt 1: Drift\n"
PHRASE = "Referatet sendes senest den 1. marts "

# The worker: reads a path a line, answers the milliseconds of parse + drafts (or the error)
WORKER = r"""
import sys, time
from datetime import date
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes
for path in sys.stdin:
    text = open(path.strip(), encoding="utf-8").read()
    start = time.perf_counter()
    try:
        minutes = parse_minutes(text)
        drafts = extract_draft_actions(minutes, [], [], undated=date(2026, 12, 6))
        answer = f"{(time.perf_counter() - start) * 1000:.1f} {len(drafts)}"
    except Exception as error:
        answer = f"{(time.perf_counter() - start) * 1000:.1f} {type(error).__name__}"
    print(answer, flush=True)
"""


class Worker:
    """A process that reads texts with one tree's code."""

    def __init__(self, tree: Path):
        self.tree = tree
        self.process: subprocess.Popen | None = None

    def run(self, path: str, budget: float) -> tuple[float | None, str]:
        """Milliseconds and drafts (or error) for the text at ``path``; None when over budget."""
        if self.process is None:
            env = dict(os.environ, PYTHONPATH=str(self.tree))
            self.process = subprocess.Popen(
                [sys.executable, "-c", WORKER],
                cwd=self.tree,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
        self.process.stdin.write(path + "\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], budget)
        if not ready:
            self.close()
            return None, "over budget"
        milliseconds, result = self.process.stdout.readline().split(" ", 1)
        return float(milliseconds), result.strip()

    def close(self) -> None:
        """End the worker (it is started again when next asked)."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


def texts(folder: Path) -> list[tuple[str, Path]]:
    """The texts to read, written to ``folder`` once."""
    chosen = [
        ("40 pages, text", read_minutes_bytes(forty_pages())),
        ("40 pages, PDF's text", read_minutes_bytes(forty_pages_pdf(), "forty.pdf")),
    ]
    for name in REAL_FILES:
        if (REAL / name).is_file():
            chosen.append((f"real: {name[:34]}", read_minutes_bytes((REAL / name).read_bytes())))
    chosen += [
        ("hostile: 200,000 letters", HEAD + "a" * 200_000 + "\n"),
        ("hostile: deadline phrase × 200 KB", HEAD + PHRASE * (200_000 // len(PHRASE)) + "\n"),
        ("hostile: numbered line, 20,000 letters", HEAD + "2. Økonomi" + "a" * 20_000 + " b?c d\n"),
    ]
    paths = []
    for number, (label, text) in enumerate(chosen):
        path = folder / f"{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append((label, path))
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, default=ROOT.parent / "main")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds a run may take")
    args = parser.parse_args()
    old, new = Worker(args.old.resolve()), Worker(ROOT)
    print(f"old: {old.tree}  new: {new.tree}  load average: {os.getloadavg()[0]:.2f}")
    print(f"{'text':40} {'KiB':>5} {'old ms':>9} {'new ms':>9} {'ratio':>6}  drafts old/new")
    with tempfile.TemporaryDirectory() as folder:
        for label, path in texts(Path(folder)):
            times: dict[str, list[float]] = {"old": [], "new": []}
            results = {}
            over = set()
            for _ in range(args.repeat):
                for name, worker in (("old", old), ("new", new)):  # in turns
                    if name in over:
                        continue
                    milliseconds, results[name] = worker.run(str(path), args.budget)
                    if milliseconds is None:
                        over.add(name)
                    else:
                        times[name].append(milliseconds)
            shown = {
                name: f">{args.budget * 1000:.0f}"
                if name in over
                else f"{statistics.median(times[name]):.1f}"
                for name in times
            }
            ratio = (
                f"{statistics.median(times['new']) / statistics.median(times['old']):.2f}"
                if not over
                else "-"
            )
            size = path.stat().st_size / 1024
            print(
                f"{label:40} {size:5.0f} {shown['old']:>9} {shown['new']:>9} {ratio:>6}"
                f"  {results.get('old')}/{results.get('new')}"
            )
    old.close()
    new.close()


if __name__ == "__main__":
    main()
