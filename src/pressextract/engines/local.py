"""The local engine: in this process for one worker, else a pool of worker processes."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from pressextract.config import PipelineConfig
from pressextract.engines.worker import Release, process_chunk, worker_nlp
from pressextract.manifest import Outcome


class LocalEngine:
    """`workers` processes on this machine, each loading the model once; results in order."""

    def __init__(self, config: PipelineConfig, workers: int = 1) -> None:
        self.config = config
        self.workers = max(1, workers)
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine:
        if self.workers > 1:
            self.pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=worker_nlp,
                initargs=(self.config,),
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def map(self, chunks: Iterable[Sequence[Release]]) -> Iterator[list[Outcome]]:
        if self.pool is None:
            for chunk in chunks:
                yield process_chunk(chunk, self.config)
            return
        # A bounded window of chunks in flight keeps memory flat; the head is yielded first,
        # so the order of the results is the order of the chunks, whatever finishes first.
        window: deque[Future[list[Outcome]]] = deque()
        for chunk in chunks:
            window.append(self.pool.submit(process_chunk, list(chunk), self.config))
            if len(window) >= 2 * self.workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
