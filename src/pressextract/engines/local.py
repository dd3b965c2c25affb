"""The local engine: in this process for one worker, else a pool of worker processes.

A release that kills its worker process (a crash in native code, the kernel's out-of-memory
killer) breaks the pool. The engine then starts a new pool and runs the chunks that were in
flight again, one release at a time: the release that breaks the pool again is the one that
killed it and becomes a failed outcome of stage `worker`; the others get their records.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from pressextract.config import PipelineConfig
from pressextract.engines.worker import (
    Release,
    failed,
    process_chunk,
    reuse_freed_memory,
    start_worker,
)
from pressextract.manifest import Outcome


class LocalEngine:
    """`workers` processes on this machine, each loading the model once; results in order."""

    def __init__(self, config: PipelineConfig, workers: int = 1) -> None:
        self.config = config
        self.workers = max(1, workers)
        self.pool: ProcessPoolExecutor | None = None
        self.context = multiprocessing.get_context("spawn")
        self.stop_event: Any = None
        self.stopping = False

    def __enter__(self) -> LocalEngine:
        if self.workers > 1:
            self.stop_event = self.context.Event()
            self._start_pool()
        else:
            reuse_freed_memory()  # this process is the worker
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def stop(self) -> None:
        """Stop after the current release: in this process and in every worker."""
        self.stopping = True
        if self.stop_event is not None:
            self.stop_event.set()

    def map(self, chunks: Iterable[Sequence[Release]]) -> Iterator[list[Outcome]]:
        if self.pool is None:
            for chunk in chunks:
                if self.stopping:
                    return
                yield process_chunk(chunk, self.config, stop=lambda: self.stopping)
            return
        # A bounded window of chunks in flight keeps memory flat; the head is yielded first,
        # so the order of the results is the order of the chunks, whatever finishes first.
        window: deque[tuple[list[Release], Future[list[Outcome]], ProcessPoolExecutor]] = deque()
        for chunk in chunks:
            if self.stopping:
                break
            window.append(self._submit(list(chunk)))
            if len(window) >= 2 * self.workers:
                yield self._result(*window.popleft())
        while window:
            yield self._result(*window.popleft())

    def _start_pool(self) -> None:
        self.pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=self.context,
            initializer=start_worker,
            initargs=(self.config, self.stop_event),
        )

    def _submit(
        self, chunk: list[Release]
    ) -> tuple[list[Release], Future[list[Outcome]], ProcessPoolExecutor]:
        assert self.pool is not None
        return chunk, self.pool.submit(process_chunk, chunk, self.config), self.pool

    def _result(
        self, chunk: list[Release], future: Future[list[Outcome]], pool: ProcessPoolExecutor
    ) -> list[Outcome]:
        try:
            return future.result()
        except Exception:  # a dead worker, or a result that could not come back
            if self.stopping:
                return []
            if pool is self.pool:
                self._restart()
            outcomes: list[Outcome] = []
            for release in chunk:
                if self.stopping:
                    break
                outcomes.extend(self._alone(release))
            return outcomes

    def _alone(self, release: Release) -> list[Outcome]:
        """One release as a chunk of its own: the culprit of a broken pool is found here."""
        _, future, _ = self._submit([release])
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart()
            reason = (
                "the worker process died while processing this release (a crash or the"
                " out-of-memory killer); the other releases went on"
            )
        except Exception as exc:
            reason = f"the worker could not return a result: {type(exc).__name__}: {exc}"
        return [failed(release, reason, "worker")]

    def _restart(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
        self._start_pool()
