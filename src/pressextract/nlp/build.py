"""Build the spaCy Language a pipeline config describes."""

from __future__ import annotations

import importlib
from typing import Any

import spacy
from spacy.language import Language

from pressextract.config import PipelineConfig
from pressextract.errors import ConfigError, ModelNotFound


def load_model(name: str) -> Language:
    """Load an installed spaCy model package by name, never from the network."""
    try:
        return spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelNotFound(name, reason=str(exc).splitlines()[0][:200]) from exc


def build_nlp(config: PipelineConfig) -> Language:
    """The model of `config` with pressextract's components added after the entity recognizer."""
    nlp = load_model(config.model)
    importlib.import_module("pressextract.nlp.components")
    components = config.section("components")
    for name in config.components:
        factory = f"pressextract_{name}"
        if not Language.has_factory(factory):
            raise ConfigError(f"unknown component {name!r} in [pipeline] components")
        options: dict[str, Any] = _thaw(components.get(name, {}))
        nlp.add_pipe(factory, name=name, config=options, last=True)
    return nlp


def _thaw(value: Any) -> Any:
    if hasattr(value, "items"):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value
