"""Read an upload in a child process with a budget: CPU seconds, memory and wall-clock time.
The upload is parsed there once too (``read_and_parse``): reading and parsing share the budget.

The readers (pypdf above all) can be made to spend minutes on a small hostile file; in a web
worker that stalls everybody, and the worker is killed by gunicorn's timeout mid-request. So
the upload is read in a forked child: it inherits the file and the readers already imported,
sets its own limits (RLIMIT_CPU, RLIMIT_AS, no core file), reads, and sends the text back
over a pipe as JSON. The parent waits at most ``seconds`` of wall-clock time, then kills it;
the CPU limit kills a child whose parent died first. Either way the upload is refused in
Danish and nothing is kept.

Why fork, not multiprocessing's forkserver or a fresh interpreter: a fresh ``python`` costs
60–260 ms of start-up and imports per upload (pypdf, python-docx), and multiprocessing's
forkserver starts each child by importing the parent's main script again (gunicorn's, the
``tracker`` command's). A fork costs a few milliseconds (bench/README.md, "Import").

Pure module: stdlib only.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import math
import os
import resource
import select
import signal
import time
import traceback
import warnings
from collections.abc import Sequence
from datetime import date

from tracker.minutes.drafts import extract_draft_actions
from tracker.minutes.errors import MinutesError, seconds_text
from tracker.minutes.parser import parse_minutes
from tracker.minutes.reading import Reading, preload_reader, read_minutes

READ_SECONDS = 10.0  # the default; the app passes IMPORT_READ_SECONDS
MEMORY_BYTES = 1024 * 1024 * 1024  # what the child may allocate beyond what it inherits
_CHUNK = 1 << 20
_BUG_EXIT = 70


def too_slow_error(seconds: float) -> MinutesError:
    """The refusal of an upload whose reading took longer than ``seconds``."""
    return MinutesError(
        f"Referatet kunne ikke læses inden for {seconds_text(seconds)}, så læsningen blev "
        "afbrudt. Gem referatet som Word eller tekst og prøv igen; er det meget langt, så "
        "importér ét møde ad gangen.",
        f"The minutes could not be read within {seconds_text(seconds, 'en')}, so reading was "
        "stopped. Save the minutes as Word or text and try again; if they are very long, "
        "import one meeting at a time.",
        code="too_slow",
    )


def too_costly_error() -> MinutesError:
    """The refusal of an upload whose reading used up its CPU time or memory."""
    return MinutesError(
        "Referatet krævede for mange ressourcer at læse, så læsningen blev afbrudt. "
        "Gem referatet som Word eller tekst og prøv igen.",
        "Reading the minutes took too many resources, so it was stopped. "
        "Save the minutes as Word or text and try again.",
        code="too_costly",
    )


def read_in_child(
    data: bytes,
    filename: str = "",
    *,
    seconds: float = READ_SECONDS,
    memory: int = MEMORY_BYTES,
    known_people: Sequence[str] | None = None,
    today: date | None = None,
    **limits,
) -> Reading:
    """:func:`tracker.minutes.reading.read_minutes` in a child process with a budget.

    ``limits`` go to the reader (``max_bytes``, ``max_unpacked_bytes``, ``ocr``). With
    ``known_people`` and ``today``, the child also parses the text and proposes its actions
    once, as the review will (:func:`read_and_parse`), inside the same budget. Returns the
    text and the reading's warnings; raises MinutesError for what the reader refuses and for
    a read over budget."""
    preload_reader(data)  # imported once in the parent, not again in every child
    if known_people is not None and today is not None:
        reading = run_in_child(
            read_and_parse,
            data,
            filename,
            list(known_people),
            today,
            seconds=seconds,
            memory=memory,
            **limits,
        )
    else:
        reading = run_in_child(_read, data, filename, seconds=seconds, memory=memory, **limits)
    return Reading.from_json(reading)


def _read(data: bytes, filename: str, **limits) -> dict:
    return read_minutes(data, filename, **limits).as_json()


def read_and_parse(
    data: bytes, filename: str, known_people: Sequence[str], today: date, **limits
) -> dict:
    """Read the upload and parse its text with its proposals; return the reading only
    (its text and warnings, as JSON).

    Why parse here and throw the result away: the web process parses the text again for the
    review (the text is kept, the parse is not), and a text can be slow to parse however fast
    it was to read (a huge plain-text file, a line of 200,000 letters). Parsed once under the
    budget, a text the review would be stuck on is refused at upload instead; the same parse
    in the web process then takes no longer than it took here."""
    reading = read_minutes(data, filename, **limits)
    extract_draft_actions(parse_minutes(reading.text), known_people, undated=today)
    return reading.as_json()


def run_in_child(
    function, *args, seconds: float = READ_SECONDS, memory: int = MEMORY_BYTES, **kwargs
):
    """``function(*args, **kwargs)`` in a forked child with ``seconds`` of wall-clock and CPU
    time and ``memory`` more bytes of address space; its result must be JSON.

    A MinutesError in the child is raised here; a child over budget is killed and refused
    (too_slow_error, too_costly_error); any other error in the child is a RuntimeError here,
    with the child's traceback, as it would have been in this process."""
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError as error:
        os.close(read_end)
        os.close(write_end)
        raise MinutesError(
            "Serveren kan ikke læse filen lige nu. Prøv igen om lidt.",
            "The server cannot read the file right now. Try again in a moment.",
            code="unavailable",
        ) from error
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(write_end, seconds, memory, function, args, kwargs)
    os.close(write_end)
    try:
        payload = _receive(read_end, time.monotonic() + seconds)
    finally:
        os.close(read_end)
        status = _end(pid)
    if payload is None:
        raise too_slow_error(seconds)
    if not payload:  # died without a word: its CPU or memory limit, or a signal
        raise too_costly_error()
    return _outcome(json.loads(payload), status)


def _receive(fd: int, deadline: float) -> bytes | None:
    """All the child wrote, or None when it was not done by ``deadline``."""
    chunks = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            return None
        chunk = os.read(fd, _CHUNK)
        if not chunk:  # the child has exited (its end closes only then)
            return b"".join(chunks)
        chunks.append(chunk)


def _end(pid: int) -> int:
    """Kill the child if it still runs and collect it; its wait status."""
    with contextlib.suppress(ProcessLookupError):  # an exited child is a zombie: no effect
        os.kill(pid, signal.SIGKILL)
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:  # collected elsewhere (a SIGCHLD handler of the host)
        return 0


def _outcome(message: dict, status: int):
    if "result" in message:
        return message["result"]
    if "refused" in message:
        da, en, code = message["refused"]
        raise MinutesError(da, en, code=code)
    if "memory" in message:
        raise too_costly_error()
    raise RuntimeError(
        f"Reading the upload failed in the child (status {status}):\n{message['bug']}"
    )


def _child(fd: int, seconds: float, memory: int, function, args, kwargs) -> None:
    """Set the limits, run, write the outcome as JSON and exit without the parent's clean-up
    (no atexit, no flushing the parent's buffers, no closing its database connections)."""
    code = 0
    try:
        _limit(seconds, memory)
        try:
            message = {"result": function(*args, **kwargs)}
        except MinutesError as error:
            message = {"refused": [error.message_da, error.message_en, error.code]}
        except MemoryError:
            message = {"memory": True}
        except Exception:
            message = {"bug": traceback.format_exc()}
        view = memoryview(json.dumps(message).encode())
        while view:
            view = view[os.write(fd, view) :]
    except BaseException:
        code = _BUG_EXIT
    finally:
        os._exit(code)


def _limit(seconds: float, memory: int) -> None:
    # The parent's signal handlers (gunicorn's) and its wake-up pipe are not the child's.
    try:
        signal.set_wakeup_fd(-1)
        for number in ("SIGTERM", "SIGINT", "SIGQUIT", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGCHLD"):
            signal.signal(getattr(signal, number), signal.SIG_DFL)
    except (ValueError, OSError):
        pass
    # Nothing is written to the parent's streams: a lock another thread held at the fork
    # would hang the child, and a hostile file's warnings are no one's business.
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    # The collector leaves what was inherited alone: walking it would copy the parent's pages.
    gc.freeze()
    cpu = max(1, math.ceil(seconds))
    _set(resource.RLIMIT_CPU, cpu, cpu + 1)  # SIGXCPU at the soft limit, SIGKILL at the hard
    _set(resource.RLIMIT_CORE, 0, 0)
    try:
        with open("/proc/self/statm") as statm:  # the address space inherited, in pages
            size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return  # no /proc: CPU and wall-clock time still bound it
    _set(resource.RLIMIT_AS, size + memory, size + memory)


def _set(which: int, soft: int, hard: int) -> None:
    """Lower a limit; never above the hard limit already in force."""
    _, current_hard = resource.getrlimit(which)
    if current_hard != resource.RLIM_INFINITY:
        hard = min(hard, current_hard)
        soft = min(soft, hard)
    resource.setrlimit(which, (soft, hard))
