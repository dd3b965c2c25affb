"""The per-release work every engine runs: read, parse and extract a chunk of releases.

Each engine (in-process, a pool of processes, a Dask cluster) calls `process_chunk` and nothing
else, so the library, the CLI and every engine make the same records. The model is loaded once
per process (`worker_nlp`) and kept for the next chunk. Each release goes through every stage
(read, ingest, model, extract:FIELD, export) under its guard and its time limit (the model
parses a chunk's texts together, a batch that fails being parsed again release by release), so
whatever it raises becomes its own failed Outcome, naming the stage, and the chunk goes on.
"""

from __future__ import annotations

import ctypes
import gc
import json
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from spacy.language import Language

from pressextract import ingest
from pressextract.config import PipelineConfig
from pressextract.engines.release import Release
from pressextract.ingest import files
from pressextract.isolation import Failure, Guard, guarded
from pressextract.known_metadata import apply_metadata
from pressextract.manifest import Outcome, run_key
from pressextract.nlp.build import build_nlp
from pressextract.pipeline import (
    Extractor,
    Parsed,
    configured_extractors,
    extract_parsed,
    parse_documents,
    time_left,
)
from pressextract.schema import Document, Record

_MODELS: dict[str, Language] = {}
_STOP: Any = None  # a multiprocessing Event shared with the parent process (a pool's workers)


def worker_nlp(config: PipelineConfig) -> Language:
    """The pipeline's Language, built once per process and config."""
    key = run_key(config).config_hash
    if key not in _MODELS:
        _MODELS[key] = build_nlp(config)
        _spare_the_collector()
    return _MODELS[key]


def _spare_the_collector() -> None:
    """Keep Python's cyclic garbage collector off the model's objects (a speed change only).

    A Doc's work allocates millions of short-lived objects (spaCy makes a new Token on each
    access), and every so many allocations the collector walks all tracked objects, the model's
    and the place tables' included. Frozen objects are left out of those walks, and a larger
    first-generation threshold makes the walks rarer: about 5% of a run's CPU time.
    """
    gc.collect()
    gc.freeze()
    first, second, third = gc.get_threshold()
    gc.set_threshold(max(first, 50_000), second, third)


# glibc's mallopt parameters: the size from which malloc maps memory apart, and the free space
# at the top of the heap from which free hands memory back to the system.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_BYTES, _TRIM_BYTES = 64 << 20, 256 << 20


def reuse_freed_memory() -> bool:
    """Let this process keep and reuse the memory it frees (a speed change only; glibc only).

    The model's arrays for a group of texts run to megabytes; by default glibc gives such blocks
    back to the system when they are freed and maps them again for the next group, and each
    new page costs the kernel a fault: half of a one-worker run's page faults and about 4% of
    its CPU time. With the bounds raised, blocks up to 64 MB come from the heap and up to 256 MB
    of free heap is kept; the peak RSS stays as it was. Called by the local engine's processes
    (not in a Dask worker, whose memory the cluster manages). False where there is no glibc.
    """
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    return bool(
        mallopt(_M_MMAP_THRESHOLD, _MMAP_BYTES) and mallopt(_M_TRIM_THRESHOLD, _TRIM_BYTES)
    )


def start_worker(config: PipelineConfig, stop: Any = None) -> None:
    """Initializer of a worker process: load the model once; leave Ctrl-C to the parent.

    The parent stops the run on Ctrl-C and tells the workers through `stop` (an Event), so a
    worker finishes the release it is on instead of dying in the middle of it.
    """
    global _STOP
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _STOP = stop
    reuse_freed_memory()
    worker_nlp(config)


def process_chunk(
    releases: Sequence[Release],
    config: PipelineConfig,
    stop: Callable[[], bool] | None = None,
) -> list[Outcome]:
    """Outcomes of `releases`, in their order; a release that fails costs only itself.

    Each release is read and ingested under its own guard, the model parses the chunk's texts
    together (`parsing.parse_documents`: one bad release still costs only itself), then each
    release is extracted and serialized under its guard again, with what its time limit has
    left. When `stop()` (or the parent's stop event, in a worker process) turns true, the
    releases not yet started are left out: the list is then shorter than `releases`.
    """
    if stop is None and _STOP is not None:
        stop = _STOP.is_set
    nlp = worker_nlp(config)
    extractors = configured_extractors(config)
    started: list[tuple[Release, Ingested | Failure]] = []
    for release in releases:
        if stop is not None and stop():
            break
        started.append((release, ingest_release(release, config)))
    ready = [r for _, r in started if isinstance(r, Ingested)]
    spent = [r.seconds for r in ready]
    parsed = iter(parse_documents([r.document for r in ready], nlp, config, spent))
    outcomes = []
    for release, result in started:
        if isinstance(result, Failure):
            outcomes.append(failed(release, result.reason, result.stage))
        else:
            outcomes.append(finish_release(release, result, next(parsed), config, extractors))
    return outcomes


@dataclass(frozen=True)
class Ingested:
    """A release read and ingested: its Document, the keys its known metadata adds to the
    record, and the seconds this took (they count against its time limit)."""

    document: Document
    extra: dict[str, Any]
    seconds: float


def ingest_release(release: Release, config: PipelineConfig) -> Ingested | Failure:
    """Read and ingest one release under its time limit, or the Failure naming the stage."""
    started = time.perf_counter()
    result = guarded(
        release.source,
        config.limits.release_seconds,
        lambda guard: _document(guard, release, config),
    )
    if isinstance(result, Failure):
        return result
    document, extra = result
    return Ingested(document, extra, time.perf_counter() - started)


def finish_release(
    release: Release,
    ingested: Ingested,
    parsed: Parsed,
    config: PipelineConfig,
    extractors: tuple[Extractor, ...],
) -> Outcome:
    """The Outcome of a parsed release: its record's JSON line, or a failure naming the stage.

    The extractors run as in the library (`pipeline.extract_parsed`); the record is then
    serialized under what the release's time limit has left (stage export).
    """
    started = time.perf_counter()
    record = extract_parsed(ingested.document, parsed, config, extractors, ingested.seconds)
    if isinstance(record, Failure):
        return failed(release, record.reason, record.stage)
    spent = ingested.seconds + parsed.seconds + time.perf_counter() - started
    result = guarded(
        release.source,
        time_left(config, spent),
        lambda guard: _record_line(guard, record, ingested.extra),
        limit=config.limits.release_seconds,
    )
    if isinstance(result, Failure):
        return failed(release, result.reason, result.stage)
    return Outcome(release.source, release.content_hash, release.metadata_hash, record=result)


def failed(release: Release, reason: str, stage: str) -> Outcome:
    """The failed Outcome of `release`."""
    return Outcome(
        release.source, release.content_hash, release.metadata_hash, reason=reason, stage=stage
    )


def _document(
    guard: Guard, release: Release, config: PipelineConfig
) -> tuple[Document, dict[str, Any]]:
    path, root = Path(release.path), Path(release.root)
    guard.enter("read")
    data, warnings = files.read_release(
        path,
        root,
        max_bytes=config.limits.max_file_bytes,
        follow_symlinks=release.follow_symlinks,
    )
    guard.enter("ingest")
    document = ingest.with_warnings(
        ingest.parse_bytes(data, files.source_of(path, root), path.suffix), warnings
    )
    extra: dict[str, Any] = {}
    if release.metadata is not None:
        document, extra = apply_metadata(document, release.metadata)
    return document, extra


def _record_line(guard: Guard, record: Record, extra: dict[str, Any]) -> str:
    """The record's JSON line, with what its known metadata adds."""
    guard.enter("export")
    if extra:
        record = replace(record, extra={**record.extra, **extra})
    return json.dumps(record.as_dict(), ensure_ascii=False, allow_nan=False)
