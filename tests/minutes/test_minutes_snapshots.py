"""The referater read before issue 18 read exactly as they did (parse and draft actions).

The snapshots in tests/data/snapshots/ were written by the importer as it was before the
readers for PDF and web pages and the new shapes came (commit ca75197).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.minutes.drafts import extract_draft_actions, to_json_dict
from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import read_minutes_bytes

ROOT = Path(__file__).parents[2]
FILES = {
    "referat-lederforum-2025-02-26.md": ROOT / "tracker" / "demo",
    "referat-direktionen-2025-09-10.md": ROOT / "tests" / "data",
    "referat-strategisk-chefforum-2025-11-05.txt": ROOT / "tests" / "data",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_reads_as_before(name):
    minutes = parse_minutes(read_minutes_bytes((FILES[name] / name).read_bytes(), name))
    got = to_json_dict(minutes, extract_draft_actions(minutes))
    snapshot = ROOT / "tests" / "data" / "snapshots" / (name + ".json")
    assert got == json.loads(snapshot.read_text(encoding="utf-8"))
