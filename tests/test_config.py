"""Pipeline configs: the default file, the built-in defaults, and clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressextract.config import PipelineConfig, load_pipeline, options_from_section, parse_pipeline
from pressextract.errors import ConfigError
from pressextract.pipeline import EXTRACTORS, configured_extractors

REPO = Path(__file__).resolve().parent.parent


def test_default_file_matches_built_in_defaults():
    from_file = load_pipeline("default", search_dirs=(REPO / "pipelines",))
    built_in = load_pipeline("default", search_dirs=())
    assert from_file.path is not None and built_in.path is None
    for key in ("model", "languages", "extractors", "components", "batch_size"):
        assert getattr(from_file, key) == getattr(built_in, key), key
    for name, (options_cls, _) in EXTRACTORS.items():
        from_section = options_from_section(options_cls, from_file.section(name), name)
        assert from_section == options_cls(), f"[{name}] in default.toml differs from its defaults"


def test_every_extractor_is_enabled_by_default():
    assert {e.field for e in configured_extractors(PipelineConfig())} == set(EXTRACTORS)


def test_pipeline_by_path(tmp_path):
    path = tmp_path / "lean.toml"
    path.write_text('[pipeline]\nextractors = ["dates"]\nbatch_size = 4\n', encoding="utf-8")
    config = load_pipeline(str(path))
    assert config.name == "lean"
    assert config.extractors == ("dates",)
    assert config.batch_size == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[pipeline\n", "not valid TOML"),
        ('[pipeline]\nmodle = "x"\n', "unknown key(s) in [pipeline]: modle"),
        ('[pipeline]\nextractors = ["dates", "moods"]\n', "unknown extractor(s) moods"),
        ("[pipeline]\nbatch_size = 0\n", "batch_size must be a positive integer"),
        ('dates = "yes"\n', "must be a table like [dates]"),
    ],
)
def test_malformed_config_is_a_clear_error(text, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        parse_pipeline(text, path="bad.toml")


def test_unknown_option_names_the_table_and_the_known_keys():
    config = parse_pipeline("[dates]\nno_such_option = 1\n")
    with pytest.raises(ConfigError, match=r"unknown option\(s\) in \[dates\]: no_such_option"):
        configured_extractors(config)


def test_unknown_pipeline_name_says_where_it_looked(tmp_path):
    with pytest.raises(ConfigError, match="no pipeline named 'nightly'"):
        load_pipeline("nightly", search_dirs=(tmp_path,))


def test_missing_pipeline_path_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_pipeline(str(tmp_path / "missing.toml"))
