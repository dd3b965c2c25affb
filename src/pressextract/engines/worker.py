"""The per-release work every engine runs: read, parse and extract a chunk of releases.

Each engine (in-process, a pool of processes, a Dask cluster) calls `process_chunk` and nothing
else, so the library, the CLI and every engine make the same records. The model is loaded once
per process (`worker_nlp`) and kept for the next chunk. Each release goes through every stage
(read, ingest, model, extract:FIELD, export) under one guard and its time limit, so whatever it
raises becomes its own failed Outcome, naming the stage, and the chunk goes on.
"""

from __future__ import annotations

import json
import signal
from collections.abc import Callable, Sequence
from dataclasses import replace
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
from pressextract.pipeline import Extractor, configured_extractors, model_and_extract

_MODELS: dict[str, Language] = {}
_STOP: Any = None  # a multiprocessing Event shared with the parent process (a pool's workers)


def worker_nlp(config: PipelineConfig) -> Language:
    """The pipeline's Language, built once per process and config."""
    key = run_key(config).config_hash
    if key not in _MODELS:
        _MODELS[key] = build_nlp(config)
    return _MODELS[key]


def start_worker(config: PipelineConfig, stop: Any = None) -> None:
    """Initializer of a worker process: load the model once; leave Ctrl-C to the parent.

    The parent stops the run on Ctrl-C and tells the workers through `stop` (an Event), so a
    worker finishes the release it is on instead of dying in the middle of it.
    """
    global _STOP
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _STOP = stop
    worker_nlp(config)


def process_chunk(
    releases: Sequence[Release],
    config: PipelineConfig,
    stop: Callable[[], bool] | None = None,
) -> list[Outcome]:
    """Outcomes of `releases`, in their order; a release that fails costs only itself.

    When `stop()` (or the parent's stop event, in a worker process) turns true, the releases
    not yet started are left out: the list is then shorter than `releases`.
    """
    if stop is None and _STOP is not None:
        stop = _STOP.is_set
    nlp = worker_nlp(config)
    extractors = configured_extractors(config)
    outcomes = []
    for release in releases:
        if stop is not None and stop():
            break
        outcomes.append(process_release(release, config, nlp, extractors))
    return outcomes


def process_release(
    release: Release,
    config: PipelineConfig,
    nlp: Language,
    extractors: tuple[Extractor, ...],
) -> Outcome:
    """One release from its file to its record's JSON line, or a failure naming the stage."""
    result = guarded(
        release.source,
        config.limits.release_seconds,
        lambda guard: _record_line(guard, release, config, nlp, extractors),
    )
    if isinstance(result, Failure):
        return failed(release, result.reason, result.stage)
    return Outcome(release.source, release.content_hash, release.metadata_hash, record=result)


def failed(release: Release, reason: str, stage: str) -> Outcome:
    """The failed Outcome of `release`."""
    return Outcome(
        release.source, release.content_hash, release.metadata_hash, reason=reason, stage=stage
    )


def _record_line(
    guard: Guard,
    release: Release,
    config: PipelineConfig,
    nlp: Language,
    extractors: tuple[Extractor, ...],
) -> str:
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
    extra: dict = {}
    if release.metadata is not None:
        document, extra = apply_metadata(document, release.metadata)
    record = model_and_extract(guard, document, nlp, config, extractors)
    guard.enter("export")
    if extra:
        record = replace(record, extra={**record.extra, **extra})
    return json.dumps(record.as_dict(), ensure_ascii=False, allow_nan=False)
