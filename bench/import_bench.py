"""Import benchmark: reading and parsing the sample referat and a generated 40-page referat,
as text and as a PDF (made with the corpus generator, tests/data/referater/make_corpus.py).

    python -m bench.import_bench

Each figure is the median of repeated runs of bytes -> text -> parse -> draft actions, with
the plain decode of the same bytes in the same run as the floor.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import read_minutes_bytes

SAMPLE = Path(__file__).parent.parent / "tracker" / "demo" / "referat-lederforum-2025-02-26.md"
CHARS_PER_PAGE = 3000


def forty_pages(seed: int = 40) -> bytes:
    """A referat in the same genre with enough agenda items to fill about 40 pages."""
    rng = random.Random(seed)
    sample = SAMPLE.read_text(encoding="utf-8")
    head, _, body = sample.partition("# Punkt 1:")
    item = "# Punkt 1:" + body.split("## **Bilag**")[0]
    parts, number = [head], 1
    while sum(len(p) for p in parts) < 40 * CHARS_PER_PAGE:
        text = item.replace("# Punkt 1:", f"# Punkt {number}:").replace(
            "S2024-702", f"S2025-{number:03d}"
        )
        text = text.replace("primo marts", rng.choice(["ultimo april", "uge 20", "2. kvartal"]))
        parts.append(text)
        number += 1
    parts.append("## **Bilag**\n\nBilag 1. Oversigt\n")
    return "\n".join(parts).encode("utf-8")


def forty_pages_pdf() -> bytes:
    """The 40-page referat printed as a PDF (about 40 A4 pages), as the corpus's PDFs are."""
    import importlib.util

    path = Path(__file__).parent.parent / "tests" / "data" / "referater" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus", path)
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    text = forty_pages().decode("utf-8")
    text = "\n".join(line for line in text.splitlines() if not line.startswith("|") and line)
    return corpus.to_pdf(text.replace("**", ""))


def median_ms(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    for name, data, repeat in (
        ("sample referat", SAMPLE.read_bytes(), 50),
        ("40-page referat", forty_pages(), 5),
        ("40-page PDF", forty_pages_pdf(), 3),
    ):
        minutes = parse_minutes(read_minutes_bytes(data, "referat.md"))
        drafts = extract_draft_actions(minutes)
        full = median_ms(
            lambda d=data: extract_draft_actions(parse_minutes(read_minutes_bytes(d))), repeat
        )
        parse = median_ms(lambda d=data: parse_minutes(read_minutes_bytes(d)), repeat)
        floor = median_ms(lambda d=data: d.decode("latin-1").splitlines(), repeat)
        print(
            f"{name:16} {len(data) / 1024:7.0f} KiB  {len(minutes.agenda_items):3d} items "
            f"{len(drafts):4d} drafts  parse {parse:8.1f} ms  parse+drafts {full:8.1f} ms  "
            f"(decode alone {floor:.2f} ms)"
        )


if __name__ == "__main__":
    main()
