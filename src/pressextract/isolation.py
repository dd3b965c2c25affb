"""One release never costs the others: failures as data, a time limit per release, safe stops.

Every engine (the folder run, `evaluate --input`, the library) drives releases through
`guarded(...)`, which turns whatever one release raises into a `Failure` (a row of errors.csv
naming the stage and the reason) and stops a release that runs past its time limit.
`stop_on_signals()` lets Ctrl-C or SIGTERM end a run after the current release.

Only the standard library here, so any layer (and any engine) can use it.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

from pressextract.errors import PressExtractError

# Where a release can fail (errors.csv's stage column); an extractor's stage is "extract:FIELD",
# and "worker" is a worker process that died (or could not return a result) on the release.
STAGES = ("read", "ingest", "model", "extract", "export", "worker")
T = TypeVar("T")


@dataclass(frozen=True)
class Failure:
    """A release that could not be processed, and why (one row of errors.csv)."""

    source: str
    reason: str
    stage: str = "ingest"  # read | ingest | model | extract:FIELD | export | worker


class ReleaseTimeout(BaseException):
    """A release ran past its time limit (not an Exception: `except Exception` cannot eat it)."""


class Deadline:
    """The time limit of one release.

    In the main thread a timer signal (SIGALRM) interrupts Python code that runs too long; in
    other threads, and always, `check()` at each stage boundary stops a late release. A limit
    of 0 means no limit.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends: float | None = None
        self._armed = False
        self._previous: Any = None

    def __enter__(self) -> Deadline:
        if self.seconds > 0:
            self.ends = time.monotonic() + self.seconds
            if _can_use_alarm():
                self._previous = signal.signal(signal.SIGALRM, self._ring)
                self._armed = True
                # Rings again every second until disarmed, in case something catches it.
                signal.setitimer(signal.ITIMER_REAL, self.seconds, 1.0)
        return self

    def check(self) -> None:
        """Raise ReleaseTimeout when the limit has passed."""
        if self.ends is not None and time.monotonic() > self.ends:
            raise ReleaseTimeout

    def _ring(self, signum: int, frame: FrameType | None) -> None:
        if self._armed:
            raise ReleaseTimeout

    def __exit__(self, *exc: object) -> None:
        try:
            self._armed = False
        finally:
            if self._previous is not None:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, self._previous)
                self._previous = None


def _can_use_alarm() -> bool:
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    # Never take over a timer somebody else (a test runner, the host program) is using.
    return signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None) and (
        signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )


class Guard:
    """What `guarded` work tells its guard: the stage it is in (the deadline is checked there)."""

    def __init__(self, deadline: Deadline) -> None:
        self.stage = "read"
        self.deadline = deadline

    def enter(self, stage: str) -> None:
        """Start `stage`, or stop here when the release is already past its time limit."""
        self.deadline.check()
        self.stage = stage


def guarded(
    source: str, seconds: float, work: Callable[[Guard], T], *, limit: float | None = None
) -> T | Failure:
    """Run `work` for one release under its time limit; whatever it raises becomes a Failure.

    `seconds` is what the release has left; `limit`, its whole time limit (the message names
    it), when earlier stages already used part of it.
    """
    deadline = Deadline(seconds)
    guard = Guard(deadline)
    try:
        with deadline:
            return work(guard)
    except ReleaseTimeout:
        reason = (
            f"stopped after the time limit of {limit or seconds:g} s ([limits] release_seconds)"
            f" while in stage {guard.stage}"
        )
    except PressExtractError as exc:
        reason = str(exc) or type(exc).__name__
    except RecursionError:
        reason = "nested too deeply to process (RecursionError)"
    except MemoryError:
        reason = "ran out of memory (MemoryError): lower [limits] max_file_mb or chunk_chars"
    except Exception as exc:  # one bad release must never stop the others
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return Failure(source, reason, guard.stage)


class StopRequest:
    """Set by SIGINT/SIGTERM during `stop_on_signals()`: the run ends after the current release."""

    def __init__(self) -> None:
        self.signal: str | None = None
        self.on_request: Callable[[], None] | None = None  # told at once, in the handler

    @property
    def requested(self) -> bool:
        return self.signal is not None


@contextmanager
def stop_on_signals() -> Iterator[StopRequest]:
    """Turn the first Ctrl-C or SIGTERM into a request to stop; a second Ctrl-C stops at once.

    Outside the main thread (signals cannot be caught there) this only yields the request object.
    """
    stop = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handle(signum: int, frame: FrameType | None) -> None:
        if stop.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.signal = signal.Signals(signum).name
        if stop.on_request is not None:
            stop.on_request()

    previous = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def check_output_folder(input_dir: Path, out_dir: Path) -> None:
    """Refuse an output folder inside the input folder: the input is read-only to pressextract."""
    source = Path(input_dir).resolve()
    if source.is_file():
        return
    target = Path(out_dir).resolve()
    if target == source or source in target.parents:
        raise PressExtractError(
            f"output folder {str(out_dir)!r} is inside the input folder {str(input_dir)!r}:"
            " pressextract never writes into its input; choose a folder outside it"
        )

