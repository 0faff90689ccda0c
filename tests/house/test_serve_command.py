"""What `make run` does: upgrade, load the demo, and `tracker serve` answering on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request

from tests import processes as forked
from tests.house.test_serving import wait_for
from tests.smtp import free_port


def test_make_run_steps_serve_the_demo(tmp_path):
    port = free_port()
    env = {**os.environ, "TRACKER_INSTANCE_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    cli = [sys.executable, "-m", "tracker.cli"]
    for step in (["db", "upgrade"], ["demo", "--dates-as-written"]):
        forked.run([*cli, *step], env=env, check=True, capture_output=True, timeout=120)
    server = forked.Popen(
        [*cli, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        pages = []

        def answers():
            try:
                pages.append(urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2))
                return True
            except OSError:
                return False

        wait_for(answers, 30, "tracker serve to answer")
        assert "Log ind" in pages[0].read().decode()
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0].decode()
    assert "Tracker kører på" in output and "Påmindelser kører" in output
