"""HTTP benchmark: gunicorn with 2 workers; each page's throughput as a ratio of /healthz.

python -m bench.http_bench [--seconds 10] [--clients 4]   (on the database in DATABASE_URL,
filled by python -m bench.generate)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from bench.generate import BENCH_PASSWORD
from bench.loadgen import free_port, login, run, wait_for
from tracker import create_app
from tracker.extensions import db
from tracker.models import Action, Forum


def vm_hwm_kb(pid: int) -> int:
    """Peak resident memory of a process (VmHWM), in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def targets() -> dict[str, str]:
    app = create_app({"SCHEDULER_ENABLED": False})
    with app.app_context():
        action_id = db.session.scalar(select(Action.id).where(Action.owner_id == 2).limit(1))
        small = db.session.scalar(select(Forum.slug).order_by(Forum.id.desc()).limit(1))
    return {
        "healthz": "/healthz",
        "mine": "/mine",
        "list": "/handlinger?status=aaben&forum=1",
        "action": f"/handlinger/{action_id}",
        "status": f"/fora/{small}/status",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--pages", help="only these, e.g. healthz,mine,list,action")
    parser.add_argument(
        "--gunicorn-config",
        default="python:tracker.gunicorn_conf",
        help='as scripts/serve.sh serves; "" for gunicorn\'s defaults',
    )
    args = parser.parse_args()
    pages = targets()
    if args.pages:
        pages = {name: path for name, path in pages.items() if name in args.pages.split(",")}
    port = free_port()
    env = {**os.environ, "SCHEDULER_ENABLED": "0"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            *(["--config", args.gunicorn_config] if args.gunicorn_config else []),
            "tracker:create_app()",
        ],
        env=env,
    )
    try:
        wait_for(port, "/healthz")
        cookies = [login(port, f"person{n}@bench.example", BENCH_PASSWORD) for n in range(2, 10)]
        for path in pages.values():  # warm up both workers
            run(port, path, cookies, 1, 2)
        results = {
            name: run(port, path, cookies, args.seconds, args.clients)
            for name, path in pages.items()
        }
        workers = [
            int(p)
            for p in subprocess.run(
                ["pgrep", "-P", str(server.pid)], capture_output=True, text=True
            ).stdout.split()
        ]
        peak = max((vm_hwm_kb(pid) for pid in workers), default=0)
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)  # gunicorn lets a slow page's last request finish
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    base = results["healthz"]["rps"]
    print(
        f"{'page':8} {'path':40} {'req/s':>8} {'ratio':>6} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'errors':>6}"
    )
    for name, r in results.items():
        print(
            f"{name:8} {r['path'][:40]:40} {r['rps']:8.1f} {r['rps'] / base:6.2f} "
            f"{r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r['errors']:6d}"
        )
    print(f"peak RSS of a web worker under load: {peak / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
