"""What reading an upload in a child process costs: the same files read in this process and in
a forked child (tracker.minutes.isolation), in turns, in a process that has built the app as a
web worker has (so the fork copies a worker's size).

    python -m bench.isolation_bench [--repeat 15]

Per file: the median of reading it here (read_minutes_bytes) and in a child as an upload is
(read_in_child, which parses the text there once too), the milliseconds the child adds, and the
upload's work without the database (read, parse, draft actions) both ways with its ratio. The
real referater beside the project (../shared/referater/inputs) are read when they are there.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from datetime import date
from functools import partial
from pathlib import Path

from bench.import_bench import SAMPLE, forty_pages, forty_pages_pdf
from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.isolation import read_in_child
from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import read_minutes_bytes

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "referater"
REAL = ROOT.parent / "shared" / "referater" / "inputs"


def files() -> list[tuple[str, bytes]]:
    """The sample, the generated 40 pages as text and PDF, a Word file, and the real PDFs."""
    chosen = [
        ("sample referat (.md)", SAMPLE.read_bytes()),
        ("40 pages, text", forty_pages()),
        ("40 pages, PDF", forty_pages_pdf()),
        ("Word (.docx, corpus)", (CORPUS / "tmu-2026-03-04.docx").read_bytes()),
    ]
    if REAL.is_dir():
        for path in sorted(REAL.glob("*.pdf")):
            chosen.append((f"real: {path.name}", path.read_bytes()))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    from tracker import create_app

    create_app()  # the parent at a web worker's size: the fork copies its page tables
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"parent: peak RSS {rss:.0f} MiB; median of {args.repeat} runs each, in turns")
    print(
        f"{'file':44} {'KiB':>5} {'read here':>9} {'in child':>9} {'added':>6}"
        f" {'upload here':>11} {'with child':>10} {'ratio':>5}  (ms)"
    )
    for name, data in files():
        read_in_child(data, name)  # the reader imported once, as in a worker after one upload
        # as an upload reads it: parsed in the child too (known people and today given)
        in_child = partial(read_in_child, known_people=(), today=date.today())
        steps = {"here": (read_minutes_bytes, []), "child": (in_child, [])}
        whole = {"here": [], "child": []}
        for _ in range(args.repeat):
            for way, (read, times) in steps.items():
                started = time.perf_counter()
                text = read(data, name)
                text = getattr(text, "text", text)  # the child gives the reading
                times.append((time.perf_counter() - started) * 1000)
                extract_draft_actions(parse_minutes(text))
                whole[way].append((time.perf_counter() - started) * 1000)
        here, child = (statistics.median(steps[way][1]) for way in ("here", "child"))
        upload_here, upload_child = (statistics.median(whole[way]) for way in ("here", "child"))
        print(
            f"{name[:44]:44} {len(data) / 1024:5.0f} {here:9.1f} {child:9.1f} {child - here:6.1f}"
            f" {upload_here:11.1f} {upload_child:10.1f} {upload_child / upload_here:5.2f}"
        )


if __name__ == "__main__":
    main()
