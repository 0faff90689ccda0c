"""A small closed-loop HTTP load generator: N client processes, each request waits for the last.

Gunicorn's sync workers close the connection after each answer, so each request connects anew,
as the measured app sees it. Latencies are exact (every request is timed), so p95 is real.
"""

from __future__ import annotations

import http.client
import multiprocessing as mp
import re
import statistics
import time
import urllib.parse
import urllib.request

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(port: int, method: str, path: str, cookie: str = "", body: str | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Cookie": cookie} if cookie else {}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response, data


def login(port: int, email: str, password: str) -> str:
    """Log in through the form; returns the session cookie for later requests."""
    response, data = _request(port, "GET", "/login")
    cookie = response.getheader("Set-Cookie", "").split(";")[0]
    token = CSRF.search(data.decode()).group(1)
    body = urllib.parse.urlencode({"csrf_token": token, "email": email, "password": password})
    response, _ = _request(port, "POST", "/login", cookie, body)
    if response.status != 302:
        raise RuntimeError(f"login failed for {email}: {response.status}")
    return response.getheader("Set-Cookie", "").split(";")[0]


def _client(port, path, cookie, seconds, queue):
    latencies, errors = [], 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        started = time.perf_counter()
        response, _ = _request(port, "GET", path, cookie)
        latencies.append(time.perf_counter() - started)
        errors += response.status != 200
    queue.put((latencies, errors))


def run(port: int, path: str, cookies: list[str], seconds: float, clients: int) -> dict:
    """Load ``path`` with ``clients`` processes for ``seconds``; rps, p50 and p95 in ms."""
    queue = mp.Queue()
    processes = [
        mp.Process(target=_client, args=(port, path, cookies[i % len(cookies)], seconds, queue))
        for i in range(clients)
    ]
    for p in processes:
        p.start()
    results = [queue.get() for _ in processes]
    for p in processes:
        p.join()
    latencies = sorted(x for r, _ in results for x in r)
    errors = sum(e for _, e in results)
    return {
        "path": path,
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / seconds,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
    }


def wait_for(port: int, path: str) -> None:
    """Until the server on ``port`` answers ``path`` (a minute at most)."""
    for _ in range(240):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=1)
            return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"no answer on port {port}")
