"""The app's commands (``python -m tracker.cli …``, ``python -m gunicorn …``) as processes of
their own, forked from a process that has imported Flask, SQLAlchemy and the app already.

Each is a real process: its own pid, signals, environment, standard streams and database
connections, started from the same command line. What it skips is the second or so of CPU a
fresh interpreter spends importing, about a tenth of the suite's time. Starting the app in a
fresh interpreter is tested where that is the point (tests/house/test_app.py, test_layers.py).

``Popen`` and ``run`` take the arguments of ``subprocess.Popen`` and ``subprocess.run`` that
the tests use; any other command line goes to ``subprocess`` unchanged.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What create_app, the commands and gunicorn import; a module missing here is imported by the
# process itself, only slower.
PRELOAD = (
    "flask",
    "flask.cli",
    "config",
    "tracker.cli",
    "tracker.extensions",
    "tracker.i18n",
    "tracker.errors",
    "tracker.logs",
    "tracker.security",
    "tracker.actions.views",
    "tracker.auth.views",
    "tracker.checkin.views",
    "tracker.importing.views",
    "tracker.main.views",
    "tracker.meetings.views",
    "tracker.people.views",
    "tracker.reminders.views",
    "tracker.outbox.views",
    "tracker.reports.views",
    "tracker.commands",
    "tracker.scheduler.runner",
    "tracker.scheduler.lock",
    "tracker.gunicorn_conf",
    "gunicorn.app.wsgiapp",
    "gunicorn.arbiter",
    "gunicorn.workers.sync",
    "gunicorn.workers.gthread",
)
MESSAGE = 1 << 16


# --- the fork server: a process of its own, `python -m tests.processes FD` -------------------


def _serve(channel: socket.socket) -> None:
    """Fork a process for each request on ``channel``; say each one's pid, and its exit."""
    for name in PRELOAD:
        # One gone or renamed: the processes import what they need themselves.
        with contextlib.suppress(ImportError):
            __import__(name)
    # Ctrl+C in the terminal reaches the whole process group: the test process decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_read, False)
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    while True:
        try:
            readable, _, _ = select.select([channel, wake_read], [], [])
        except InterruptedError:
            continue
        if wake_read in readable:
            while _drain(wake_read):
                pass
            _reap(channel)
        if channel in readable:
            try:
                data, fds, _, _ = socket.recv_fds(channel, MESSAGE, 3)
            except ConnectionResetError:
                data = b""
            if not data:
                return  # the test process is gone
            pid = os.fork()
            if pid == 0:
                try:  # the forked process never comes back to this loop
                    signal.set_wakeup_fd(-1)
                    os.close(wake_read)
                    os.close(wake_write)
                    _child(channel, json.loads(data), fds)
                finally:
                    os._exit(70)
            for fd in fds:
                os.close(fd)
            channel.send(json.dumps({"pid": pid}).encode())


def _drain(fd: int) -> bool:
    try:
        return bool(os.read(fd, 512))
    except BlockingIOError:
        return False


def _reap(channel: socket.socket) -> None:
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        code = os.waitstatus_to_exitcode(status)
        channel.send(json.dumps({"exit": pid, "code": code}).encode())


def _child(channel: socket.socket, request: dict, fds: list[int]) -> None:
    """In the forked process: take the streams, directory and environment asked for, then run
    the module as ``python -m`` would, and exit as the interpreter does."""
    import atexit
    import runpy
    import traceback

    channel.close()
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        if fd > 2:
            os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    unbuffered = bool(os.environ.get("PYTHONUNBUFFERED"))
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
    sys.stdout = _writer(1, unbuffered, line_buffering=os.isatty(1))
    sys.stderr = _writer(2, unbuffered, line_buffering=True, errors="backslashreplace")
    sys.argv = ["-m", *request["args"]]
    if "." in request["module"]:  # a module (not a package's __main__) runs as __main__ only
        sys.modules.pop(request["module"], None)
    code = 0
    try:
        runpy.run_module(request["module"], run_name="__main__", alter_sys=True)
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            code = stop.code or 0
        else:
            print(stop.code, file=sys.stderr)
            code = 1
    except KeyboardInterrupt:
        traceback.print_exc()
        sys.stderr.flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # dies of SIGINT, as the interpreter does
        os.kill(os.getpid(), signal.SIGINT)
    except BaseException:
        traceback.print_exc()
        code = 1
    try:
        threading._shutdown()  # as at the interpreter's exit: wait for non-daemon threads
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


def _writer(fd: int, unbuffered: bool, line_buffering: bool, errors: str = "strict"):
    raw = io.FileIO(fd, "w", closefd=False)
    binary = raw if unbuffered else io.BufferedWriter(raw)
    return io.TextIOWrapper(
        binary,
        encoding="utf-8",
        errors=errors,
        line_buffering=line_buffering,
        write_through=unbuffered,
    )


# --- in the test process ----------------------------------------------------------------------


class _Server:
    """The test process's one fork server, started at the first command and kept."""

    def __init__(self):
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.processes", str(theirs.fileno())],
            pass_fds=[theirs.fileno()],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
        )
        theirs.close()
        self.channel = ours
        self.exits: dict[int, int] = {}
        self.lock = threading.Lock()

    def start(self, request: dict, fds: list[int]) -> int:
        with self.lock:
            try:
                socket.send_fds(self.channel, [json.dumps(request).encode()], fds)
                while True:
                    reply = self._receive(None)
                    if reply is not None and "pid" in reply:
                        self.exits.pop(reply["pid"], None)  # an earlier process's, reused
                        return reply["pid"]
            except BaseException:
                self.stop()  # its next answer would be taken for another request's
                raise

    def exit_code(self, pid: int, timeout: float | None) -> int | None:
        """The process's exit code once it has ended; None if it has not within ``timeout``.

        The lock is held for a short read at a time, so that other threads can start,
        poll and signal their processes meanwhile."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self.lock:
                left = None if deadline is None else deadline - time.monotonic()
                received = self._receive(0.05 if left is None else max(0.0, min(left, 0.05)))
                if pid in self.exits:
                    return self.exits.pop(pid)
                if received is None and left is not None and left <= 0:
                    return None

    def stop(self) -> None:
        """Close the channel: the server ends at once (its processes go on)."""
        self.channel.close()
        self.process.wait()

    def _receive(self, timeout: float | None) -> dict | None:
        readable, _, _ = select.select([self.channel], [], [], timeout)
        if not readable:
            return None
        data = self.channel.recv(MESSAGE)
        if not data:
            raise RuntimeError("the fork server stopped")
        reply = json.loads(data)
        if "exit" in reply:
            self.exits[reply["exit"]] = reply["code"]
        return reply


_server: _Server | None = None


def _the_server() -> _Server:
    global _server
    if _server is None or _server.process.poll() is not None or _server.channel.fileno() < 0:
        _server = _Server()
    return _server


def _module_command(args) -> tuple[str, list[str]] | None:
    args = [str(a) for a in args]
    if len(args) >= 3 and args[0] == sys.executable and args[1] == "-m":
        return args[2], args[3:]
    return None


class Popen:
    """``subprocess.Popen`` for ``[sys.executable, "-m", module, *args]``, forked as above."""

    def __new__(cls, args, **kwargs):
        if _module_command(args) is None:
            return subprocess.Popen(args, **kwargs)
        return super().__new__(cls)

    def __init__(self, args, env=None, stdout=None, stderr=None, cwd=None, text=False):
        module, rest = _module_command(args)
        self.args, self.returncode, self.text = args, None, text
        self.stdout = self.stderr = None
        ours, theirs = [], [os.open(os.devnull, os.O_RDONLY)]
        for name, target in (("stdout", stdout), ("stderr", stderr)):
            if target == subprocess.PIPE:
                read, write = os.pipe()
                setattr(self, name, open(read, "rb"))  # noqa: SIM115 (closed by communicate)
                theirs.append(write)
                ours.append(write)
            elif target == subprocess.STDOUT:
                theirs.append(theirs[1])
            elif target == subprocess.DEVNULL:
                theirs.append(os.open(os.devnull, os.O_WRONLY))
                ours.append(theirs[-1])
            elif target is None:
                theirs.append(1 if name == "stdout" else 2)  # the test process's own
            else:
                theirs.append(target if isinstance(target, int) else target.fileno())
        request = {
            "module": module,
            "args": rest,
            "env": dict(os.environ if env is None else env),
            "cwd": str(cwd or os.getcwd()),
        }
        self._server = _the_server()  # the one that knows this pid, even if another starts later
        self._readers: dict[str, threading.Thread] = {}
        self._output: dict[str, bytes] = {}
        try:
            self.pid = self._server.start(request, theirs)
        finally:
            os.close(theirs[0])
            for fd in ours:
                os.close(fd)

    def poll(self):
        """The exit code if the process has ended, else None."""
        if self.returncode is None:
            self.returncode = self._server.exit_code(self.pid, 0)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the end; the exit code (negative: the signal), or TimeoutExpired."""
        if self.returncode is None:
            self.returncode = self._server.exit_code(self.pid, timeout)
            if self.returncode is None:
                raise subprocess.TimeoutExpired(self.args, timeout)
        return self.returncode

    def send_signal(self, number):
        """Send signal ``number`` to the process, unless it has ended."""
        if self.poll() is None:
            os.kill(self.pid, number)

    def terminate(self):
        """SIGTERM, as ``subprocess.Popen.terminate``."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """SIGKILL, as ``subprocess.Popen.kill``."""
        self.send_signal(signal.SIGKILL)

    def communicate(self, timeout=None):
        """Read stdout and stderr to their end, then wait; as ``subprocess.Popen.communicate``."""
        deadline = None if timeout is None else time.monotonic() + timeout
        for name in ("stdout", "stderr"):
            stream = getattr(self, name)
            if stream is not None and name not in self._readers:
                # Daemon threads: one still reading after a timeout never keeps pytest from
                # exiting. Kept, so that a second call after a timeout gets the whole output.
                self._readers[name] = threading.Thread(
                    target=lambda n=name, s=stream: self._output.__setitem__(n, s.read()),
                    daemon=True,
                )
                self._readers[name].start()
        for reader in self._readers.values():
            reader.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
            if reader.is_alive():
                raise subprocess.TimeoutExpired(self.args, timeout)
        self.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
        out = [self._output.get(name) for name in ("stdout", "stderr")]
        if self.text:
            out = [None if o is None else o.decode() for o in out]
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        return tuple(out)


def run(args, env=None, capture_output=False, text=False, timeout=None, check=False):
    """``subprocess.run`` for the same commands as ``Popen``."""
    if _module_command(args) is None:
        return subprocess.run(
            args, env=env, capture_output=capture_output, text=text, timeout=timeout, check=check
        )
    pipe = subprocess.PIPE if capture_output else None
    process = Popen(args, env=env, stdout=pipe, stderr=pipe, text=text)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise
    result = subprocess.CompletedProcess(args, process.returncode, stdout, stderr)
    if check:
        result.check_returncode()
    return result


if __name__ == "__main__":
    _serve(socket.socket(fileno=int(sys.argv[1])))
