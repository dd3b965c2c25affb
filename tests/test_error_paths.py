"""Every error path of the CLI: the exit code and the message, read from stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pressextract.cli import app

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PIPELINE = str(REPO / "pipelines" / "default.toml")
RELEASE = """Ministry opens new clinic in Lagos

LAGOS, May 2, 2024 - The Ministry of Health opened a clinic with 120 beds on Thursday.
"This clinic will serve families across the region," said Health Minister Jane Doe.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    gold = {"source": "clinic.txt", "title": "Ministry opens new clinic in Lagos"}
    (folder / "clinic.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_run_where_every_file_fails_exits_1_and_lists_each_with_its_stage(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"not a pdf")
    (folder / "b.txt").write_bytes(b"   \n\t  ")
    (folder / "c.docx").write_bytes(b"PK\x03\x04 truncated")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(folder), "--out", str(out), "-q"])
    assert result.exit_code == 1
    assert f"pressextract: error: no release could be processed in {folder}" in result.stderr
    assert "3 releases read, 3 failed, 0 records written" in result.stderr
    assert "failed: b.txt (ingest): file is empty" in result.stderr
    errors = pd.read_csv(out / "errors.csv", dtype=str)
    assert list(errors["source"]) == ["a.pdf", "b.txt", "c.docx"]
    assert list(errors["stage"]) == ["ingest", "ingest", "ingest"]
    assert errors["reason"].str.len().min() > 10
    assert (out / "records.jsonl").read_text(encoding="utf-8") == ""


def test_run_on_a_folder_without_releases_exits_1(runner, tmp_path):
    (tmp_path / "in").mkdir()
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "no release files found in" in result.stderr


def evaluate(runner, *args: str):
    return runner.invoke(app, ["evaluate", *args])


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"source": "clinic.txt"}', "{not json"], "records.jsonl:2: not a JSON record"),
        (['{"title": "No source"}'], "records.jsonl:1: a record needs a string 'source'"),
        (['{"source": 12}'], "records.jsonl:1: a record needs a string 'source'"),
        (['["a", "list"]'], "records.jsonl:1: a record needs a string 'source'"),
    ],
)
def test_evaluate_with_malformed_records_exits_2_naming_the_line(
    runner, gold_dir, tmp_path, lines, message
):
    pred = tmp_path / "out"
    pred.mkdir()
    (pred / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = evaluate(runner, "--gold", str(gold_dir), "--pred", str(pred))
    assert result.exit_code == 2
    assert f"pressextract: error: {pred / 'records.jsonl'}" in result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_evaluate_input_on_a_missing_folder_exits_2(runner, gold_dir, tmp_path):
    missing = tmp_path / "nowhere"
    result = evaluate(runner, "--gold", str(gold_dir), "--input", str(missing))
    assert result.exit_code == 2
    assert f"pressextract: error: input folder {str(missing)!r} does not exist" in result.stderr


def test_evaluate_input_reports_unreadable_releases_and_scores_the_others(
    runner, gold_dir, tmp_path
):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "clinic.txt").write_text(RELEASE, encoding="utf-8")
    (raw / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (raw / "empty.txt").write_bytes(b"")
    (gold_dir / "empty.json").write_text(json.dumps({"source": "empty.txt"}), encoding="utf-8")
    outside = tmp_path / "linked.txt"
    outside.write_text(RELEASE.replace("Lagos", "Accra"), encoding="utf-8")
    (raw / "linked.txt").symlink_to(outside)  # evaluate --input follows links (corpus halves)
    result = evaluate(
        runner, "--gold", str(gold_dir), "--input", str(raw), "--pipeline", DEFAULT_PIPELINE
    )
    assert result.exit_code == 0, result.output
    assert "failed: broken.pdf (ingest): cannot read PDF" in result.stderr
    assert "failed: empty.txt (ingest): file is empty" in result.stderr
    assert "warning: no release for gold file of empty.txt" in result.stderr
    assert "linked.txt" not in result.stderr
    title = next(line for line in result.stdout.splitlines() if line.startswith("title"))
    assert title.split()[1:4] == ["1.000", "1.000", "1.000"]


@pytest.mark.parametrize(
    ("pipeline", "message"),
    [
        ("no-such-pipeline", "no pipeline named 'no-such-pipeline'"),
        ("bad.toml", "not valid TOML"),
        ("unknown.toml", "unknown key(s) in [pipeline]: colour"),
        ("model.toml", "cannot load spaCy model no_such_model"),
    ],
)
def test_annotate_with_a_bad_pipeline_exits_2(runner, tmp_path, pipeline, message):
    (tmp_path / "bad.toml").write_text("[pipeline\nname = 'x'\n", encoding="utf-8")
    (tmp_path / "unknown.toml").write_text("[pipeline]\ncolour = 'red'\n", encoding="utf-8")
    (tmp_path / "model.toml").write_text("[pipeline]\nmodel = 'no_such_model'\n")
    release = tmp_path / "clinic.txt"
    release.write_text(RELEASE, encoding="utf-8")
    if pipeline.endswith(".toml"):
        pipeline = str(tmp_path / pipeline)
    result = runner.invoke(app, ["annotate", str(release), "--pipeline", pipeline])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_annotate_force_really_overwrites(runner, tmp_path, nlp):
    release = tmp_path / "clinic.txt"
    release.write_text(RELEASE, encoding="utf-8")
    gold = tmp_path / "clinic.json"
    gold.write_text('{"source": "clinic.txt", "notes": "my corrections"}\n', encoding="utf-8")
    args = ["annotate", str(release), "--pipeline", DEFAULT_PIPELINE, "--out", str(gold)]
    refused = runner.invoke(app, args)
    assert refused.exit_code == 2
    assert f"{gold} exists (it may hold hand corrections); pass --force" in refused.stderr
    assert "my corrections" in gold.read_text(encoding="utf-8")
    forced = runner.invoke(app, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    assert f"draft gold written to {gold}" in forced.stderr
    draft = json.loads(gold.read_text(encoding="utf-8"))
    assert draft["source"] == "clinic.txt"
    assert draft["title"] == "Ministry opens new clinic in Lagos"
    assert draft["notes"].startswith("DRAFT")
