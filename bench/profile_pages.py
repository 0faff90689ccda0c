"""Where a page's time goes: pyinstrument over repeated requests, in one process.

    pip install -e '.[bench]'   # pyinstrument: a benchmark tool, not one of the app's packages
    python -m bench.profile_pages [--requests 300] [--person 2] [--page mine|action|minimal]
                               [--all] [--time]

Logs the bench person in with Flask's test client (no HTTP server, so only the app's own
work is measured) and profiles ``--requests`` loads of the page; ``minimal`` profiles the same
number of bench.minimal_page renders for comparison.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import time

from pyinstrument import Profiler

from bench.generate import BENCH_PASSWORD
from bench.minimal_page import _environment, database_path, mine
from tracker import create_app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--person", type=int, default=2)
    parser.add_argument("--page", choices=("mine", "action", "minimal"), default="mine")
    parser.add_argument("--all", action="store_true", help="show the library frames too")
    parser.add_argument("--time", action="store_true", help="time the requests, no profile")
    parser.add_argument("--path", help="any other page, e.g. /fora/forum-10/status")
    args = parser.parse_args()
    if args.page == "minimal":
        connection, env = sqlite3.connect(database_path()), _environment()

        def load():
            mine(connection, env, args.person)

    else:
        client = create_app({"SCHEDULER_ENABLED": False}).test_client()
        page = client.get("/login").get_data(as_text=True)
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        client.post(
            "/login",
            data={
                "csrf_token": token,
                "email": f"person{args.person}@bench.example",
                "password": BENCH_PASSWORD,
            },
        )
        path = "/mine"
        if args.page == "action":
            found = re.search(
                r'href="(/handlinger/\d+)"', client.get("/mine").get_data(as_text=True)
            )
            path = found.group(1)
        path = args.path or path

        def load():
            assert client.get(path).status_code == 200

    for _ in range(20):
        load()  # warm: templates compiled, caches filled
    if args.time:
        # CPU time is what the page costs; on a loaded machine it moves less than the wall clock.
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(args.requests):
            load()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        each = 1000 / args.requests
        name = args.path or args.page
        print(f"{name}: {cpu * each:.2f} ms CPU, {wall * each:.2f} ms wall per request")
        return
    profiler = Profiler(interval=0.0005)
    started = time.perf_counter()
    profiler.start()
    for _ in range(args.requests):
        load()
    profiler.stop()
    each = (time.perf_counter() - started) / args.requests * 1000
    print(f"{args.page}: {each:.2f} ms per request (profiled, {args.requests} requests)")
    print(profiler.output_text(unicode=False, color=False, show_all=args.all))


if __name__ == "__main__":
    main()
