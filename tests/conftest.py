"""Shared fixtures: the default pipeline, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def config():
    from pressextract.config import load_pipeline

    return load_pipeline("default", search_dirs=(REPO / "pipelines",))


@pytest.fixture(scope="session")
def nlp(config):
    from pressextract.nlp.build import build_nlp

    return build_nlp(config)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus" / "releases").is_dir():
        pytest.skip("../shared is not present")
    return SHARED
