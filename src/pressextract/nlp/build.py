"""Build the spaCy Language a pipeline config describes."""

from __future__ import annotations

import importlib
import re
from typing import Any

import spacy
from spacy.language import Language

from pressextract.config import PipelineConfig
from pressextract.errors import ConfigError, ModelNotFound
from pressextract.nlp.rule_pipes import speed_up

# A run of characters without whitespace longer than this is kept as one token: spaCy's tokenizer
# strips prefixes and suffixes one at a time, searching the whole rest each time, so its work grows
# with the square of the run's length (100,000 quotation marks in a row: minutes). No word,
# number or URL is this long.
LONG_TOKEN_CHARS = 1000


def load_model(name: str) -> Language:
    """Load an installed spaCy model package by name, never from the network."""
    try:
        return spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelNotFound(name, reason=str(exc).splitlines()[0][:200]) from exc


def build_nlp(config: PipelineConfig) -> Language:
    """The model of `config` with pressextract's components added after the entity recognizer."""
    nlp = speed_up(load_model(config.model))  # the same annotations, sooner
    _keep_long_runs_whole(nlp)
    _split_dashes_at_brackets(nlp)
    importlib.import_module("pressextract.nlp.components")
    components = config.section("components")
    for name in config.components:
        factory = f"pressextract_{name}"
        if not Language.has_factory(factory):
            raise ConfigError(f"unknown component {name!r} in [pipeline] components")
        options: dict[str, Any] = _thaw(components.get(name, {}))
        nlp.add_pipe(factory, name=name, config=options, last=True)
    return nlp


def _keep_long_runs_whole(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    match = tokenizer.token_match

    def token_match(text: str) -> Any:
        if len(text) > LONG_TOKEN_CHARS:
            return True
        return match(text) if match is not None else None

    tokenizer.token_match = token_match


# A newswire's dateline glues its name in with dashes: "MOUNTAIN VIEW, Calif.–(BUSINESS
# WIRE)–Coursera, Inc. announced". spaCy's infixes split no dash next to a bracket, so
# "WIRE)–Coursera" was one token and the company's name lost its first word. A dash before
# "(" or after ")" is split off, and so is the "(" after it.
_BRACKET_DASHES = (
    r"(?:--|–|—)(?=\()",
    r"(?<=[–—-])\(",
    r"\)(?=(?:--|–|—))",
    r"(?<=\))(?:--|–|—)",
)


def _split_dashes_at_brackets(nlp: Language) -> None:
    """Add `_BRACKET_DASHES` to the model's own infixes (those it was trained with)."""
    finditer = nlp.tokenizer.infix_finditer
    own = [finditer.__self__.pattern] if finditer is not None else []
    nlp.tokenizer.infix_finditer = re.compile("|".join([*own, *_BRACKET_DASHES])).finditer


def _thaw(value: Any) -> Any:
    if hasattr(value, "items"):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value
