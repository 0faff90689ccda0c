"""The corpus of referater in tests/data/referater/ (issue 18): its shape and its score.

The score is that of ``python -m bench.import_score``; the thresholds are the figures reached
(bench/README.md), so a change that reads the corpus worse fails here.
"""

from __future__ import annotations

import json

import pytest

from bench.import_score import CORPUS, REAL, corpus_files, heldout_score, score_corpus, score_file


@pytest.fixture(scope="module")
def scores():
    return score_corpus()


def test_the_corpus_has_the_shapes_the_issue_asks_for():
    files = corpus_files()
    suffixes = [f.suffix for f in files]
    assert len(files) >= 15
    assert suffixes.count(".pdf") >= 3
    assert suffixes.count(".html") + suffixes.count(".htm") >= 2
    assert suffixes.count(".docx") >= 3
    assert {".md", ".txt"} <= set(suffixes)
    for path in files:
        expected = json.loads((CORPUS / (path.name + ".json")).read_text(encoding="utf-8"))
        assert expected["meeting"]["date"] and expected["agenda_items"], path.name


def test_word_files_of_the_corpus_hold_tables():
    import docx

    with_tables = [p for p in corpus_files() if p.suffix == ".docx" and docx.Document(p).tables]
    assert len(with_tables) >= 3


def test_corpus_totals_do_not_fall(scores):
    _, total = scores
    assert total.field_rate >= 0.99, total
    assert total.recall >= 0.95, total
    assert total.precision >= 0.95, total
    assert total.owners_right >= 0.95 * total.found_actions, total
    assert total.deadlines_right >= 0.95 * total.found_actions, total


def test_every_file_is_read(scores):
    per_file, _ = scores
    for score in per_file:
        assert not any(m.startswith("afvist") for m in score.misses), (score.name, score.misses)
        assert score.field_rate >= 0.9, (score.name, score.misses)


def test_a_wrong_reading_is_counted(tmp_path, monkeypatch):
    # The score is no tautology: a referat whose expected result differs loses points.
    import bench.import_score as score_module

    source = CORPUS / "direktionen-2026-01-20.md"
    (tmp_path / source.name).write_bytes(source.read_bytes())
    expected = json.loads((CORPUS / (source.name + ".json")).read_text(encoding="utf-8"))
    expected["meeting"]["location"] = "Et andet sted"
    expected["actions"].append({"match": "findes ikke", "owner": None, "deadline_end": None})
    (tmp_path / (source.name + ".json")).write_text(json.dumps(expected), encoding="utf-8")
    monkeypatch.setattr(score_module, "CORPUS", tmp_path)
    score = score_file(tmp_path / source.name)
    assert score.fields_right == score.fields_total - 1
    assert score.found_actions == score.expected_actions - 1


HELD_OUT_REFERAT = """Referat af bestyrelsesmøde i Grundejerforeningen Lyngstien
Dato: 3. marts 2026 kl. 19.00
Sted: Klubhuset
Deltagere: Aase Holm, Bent Lund
Afbud: Carla Berg

1. Godkendelse af dagsorden
Godkendt.

2. Vejfest
Bent Lund bestiller telt inden 1. maj.
"""


def _held_out_set(folder, match_any):
    (folder / "inputs").mkdir(parents=True)
    (folder / "inputs" / "lyngstien.txt").write_text(HELD_OUT_REFERAT, encoding="utf-8")
    expected = {
        "files": {
            "lyngstien.txt": {
                "meeting": {"date": "2026-03-03", "start_time": "19:00", "location_key": "Klubhus"},
                "attendees": {"absent_names": ["Carla Berg"]},
                "agenda_items": [
                    {"number": 1, "title": "Godkendelse af dagsorden", "case_number": None},
                    {"number": 2, "title": "Vejfest", "case_number": None},
                ],
                "actions": [
                    {
                        "id": "a1",
                        "title": "Bestille telt",
                        "match_any": match_any,
                        "owner": "Bent",
                        "due_start": "2026-03-03",
                        "due_end": "2026-05-01",
                        "agenda_item": 2,
                    }
                ],
                "acceptable_extra": [],
            }
        }
    }
    (folder / "expected.json").write_text(json.dumps(expected), encoding="utf-8")


@pytest.mark.skipif(not (REAL / "score.py").exists(), reason="../shared/referater is not here")
def test_a_held_out_set_is_scored_by_the_shared_scorer_s_rules(tmp_path):
    # A set kept outside the project (expected.json + inputs/) gets the shared scorer's totals
    # for its own files only; an expectation the importer does not meet is a miss.
    _held_out_set(tmp_path / "right", ["telt"])
    report = heldout_score(tmp_path / "right")
    assert report.strip().splitlines()[-1] == (
        "TOTAL files 1 refused 0 fields 7/7 (100 %) actions found 1/1 (recall 100 %)"
        " false 0 (precision 100 %) owners 1/1 deadlines 1/1"
    )
    _held_out_set(tmp_path / "wrong", ["kaffe"])
    last = heldout_score(tmp_path / "wrong").strip().splitlines()[-1]
    assert "actions found 0/1" in last and "false 1" in last
    assert "intet sæt" in heldout_score(tmp_path / "missing")
