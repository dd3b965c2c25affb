"""Engines: how the chunks of a run are spread over processes or machines.

An engine is a context manager with two methods: `map(chunks)` yields the outcomes of each chunk
in the order the chunks were given, and `stop()` ends the run after the releases in hand (the
lists of the last chunks are then shorter). Every engine runs `worker.process_chunk`, so adding
an engine never touches the pipeline or the extractors.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from pressextract.config import PipelineConfig
from pressextract.engines.release import Release
from pressextract.errors import EngineUnavailable, PressExtractError
from pressextract.manifest import Outcome

ENGINES = ("local", "dask")


class Engine(Protocol):
    """Runs `process_chunk` over chunks of releases and yields the results in chunk order."""

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc: object) -> None: ...

    def map(self, chunks: Iterable[Sequence[Release]]) -> Iterator[list[Outcome]]: ...

    def stop(self) -> None:
        """Finish the releases in hand and start no other (Ctrl-C, SIGTERM)."""


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_engine(name: str) -> None:
    """Refuse an unknown engine name before any work."""
    if name not in ENGINES:
        raise PressExtractError(f"unknown engine {name!r}; choose from {', '.join(ENGINES)}")


def make_engine(
    name: str, config: PipelineConfig, workers: int, chunks: int, scheduler: str | None = None
) -> Engine:
    """The engine called `name`, for a run of `chunks` chunks."""
    check_engine(name)
    if name == "local":
        from pressextract.engines.local import LocalEngine

        return LocalEngine(config, workers=min(workers, max(chunks, 1)))
    if name == "dask":
        try:
            from pressextract.engines.dask import DaskEngine
        except ImportError as exc:
            raise EngineUnavailable(
                f"--engine dask needs the dask extra ({exc}): pip install -e \".[dask]\""
            ) from exc

        return DaskEngine(config, workers=workers, scheduler=scheduler)
    raise AssertionError(name)  # every name of ENGINES has its branch above
