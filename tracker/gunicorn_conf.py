"""gunicorn settings for serving tracker: ``gunicorn --config python:tracker.gunicorn_conf``.

Used by ``scripts/serve.sh`` (``make serve``) and the HTTP benchmarks, so they measure what is
served.
"""

from __future__ import annotations

import gc


def post_worker_init(worker) -> None:
    """Freeze what the worker has loaded (the app, SQLAlchemy, Jinja, Babel) out of the cycle
    collector's sight once the app is built.

    Why: every full collection otherwise walks those hundreds of thousands of long-lived
    objects again; a large page (the status overview of 1,000 actions) sets one off every few
    requests, which made its slowest requests twice its median (p95 141–148 ms against p50
    73–76 ms in one process; frozen: p95 86–96 ms at the same median; bench/README.md). What
    requests create afterwards is collected as before."""
    gc.freeze()
