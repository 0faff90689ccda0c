"""Serving: each gunicorn worker freezes what it loaded (tracker/gunicorn_conf.py), and what
serves the app (scripts/serve.sh) and what measures it (bench/) use that configuration."""

from __future__ import annotations

import gc
from pathlib import Path

from gunicorn.config import Config

from tracker import gunicorn_conf

ROOT = Path(__file__).resolve().parents[2]


def test_a_worker_freezes_the_objects_it_loaded_once_the_app_is_built():
    before = gc.get_freeze_count()
    try:
        gunicorn_conf.post_worker_init(worker=None)
        assert gc.get_freeze_count() > before, "the loaded objects are out of the collector's sight"
    finally:
        gc.unfreeze()


def test_gunicorn_reads_the_hook_from_the_module_that_serve_sh_names():
    script = (ROOT / "scripts" / "serve.sh").read_text()
    assert "--config python:tracker.gunicorn_conf" in script
    config = Config()
    for name in dir(gunicorn_conf):
        if name in config.settings:
            config.set(name, getattr(gunicorn_conf, name))
    assert config.post_worker_init is gunicorn_conf.post_worker_init
    for bench in ("http_bench.py", "minimal_page.py"):
        assert "python:tracker.gunicorn_conf" in (ROOT / "bench" / bench).read_text(), bench
