"""The per-release work every engine runs: read, parse and extract a chunk of releases.

Each engine (in-process, a pool of processes, a Dask cluster) calls `process_chunk` and nothing
else, so the library, the CLI and every engine make the same records. The model is loaded once
per process (`worker_nlp`) and kept for the next chunk.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from spacy.language import Language

from pressextract import ingest
from pressextract.config import PipelineConfig
from pressextract.engines.release import Release
from pressextract.errors import IngestError
from pressextract.known_metadata import apply_metadata
from pressextract.manifest import Outcome, run_key
from pressextract.nlp.build import build_nlp
from pressextract.pipeline import Failure, process_documents
from pressextract.schema import Document

_MODELS: dict[str, Language] = {}


def worker_nlp(config: PipelineConfig) -> Language:
    """The pipeline's Language, built once per process and config."""
    key = run_key(config).config_hash
    if key not in _MODELS:
        _MODELS[key] = build_nlp(config)
    return _MODELS[key]


def process_chunk(releases: Sequence[Release], config: PipelineConfig) -> list[Outcome]:
    """Outcomes of `releases`, in their order; a release that fails costs only itself."""
    outcomes: dict[str, Outcome] = {}
    documents: list[Document] = []
    extras: dict[str, dict] = {}
    by_document: dict[str, Release] = {}
    for release in releases:
        try:
            document = ingest.read_document(
                Path(release.path), Path(release.root), max_bytes=config.limits.max_file_bytes
            )
        except (IngestError, OSError) as exc:
            outcomes[release.source] = _failed(release, str(exc) or type(exc).__name__)
            continue
        if release.metadata is not None:
            document, extras[release.source] = apply_metadata(document, release.metadata)
        by_document[document.source] = release
        documents.append(document)
    for result in process_documents(documents, worker_nlp(config), config):
        if isinstance(result, Failure):
            release = by_document[result.source]
            outcomes[release.source] = _failed(release, result.reason)
            continue
        release = by_document[result.document.source]
        if release.source in extras:
            result = replace(result, extra={**result.extra, **extras[release.source]})
        text = json.dumps(result.as_dict(), ensure_ascii=False)
        outcomes[release.source] = Outcome(
            release.source, release.content_hash, release.metadata_hash, record=text
        )
    return [outcomes[r.source] for r in releases]


def _failed(release: Release, reason: str) -> Outcome:
    return Outcome(release.source, release.content_hash, release.metadata_hash, reason=reason)
