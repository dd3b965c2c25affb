"""`evaluate` and `annotate` through typer's CliRunner: exit codes, messages, files written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from pressextract.cli_evaluate import annotate_command, evaluate_command

REPO = Path(__file__).resolve().parents[2]
DEFAULT_PIPELINE = str(REPO / "pipelines" / "default.toml")

app = typer.Typer()
app.command("evaluate")(evaluate_command)
app.command("annotate")(annotate_command)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    gold = {
        "source": "r.html",
        "title": "Big News",
        "locations": ["Lagos", "Nigeria"],
        "quotes": [{"text": "We act now.", "speaker": "Jane Doe"}],
    }
    (folder / "r.json").write_text(json.dumps(gold), encoding="utf-8")
    (folder / "lost.json").write_text(json.dumps({"source": "lost.txt"}), encoding="utf-8")
    return folder


@pytest.fixture
def pred_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    record = {
        "source": "r.html",
        "title": "Big News",
        "locations": [{"name": "Lagos"}, {"name": "Europe"}],
        "quotes": [{"text": "We act now.", "speaker": "Jane Doe", "kind": "direct"}],
    }
    (folder / "records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def evaluate(runner, *args: str):
    return runner.invoke(app, ["evaluate", *args])


def test_evaluate_prints_the_table(runner, gold_dir, pred_dir):
    result = evaluate(runner, "--gold", str(gold_dir), "--pred", str(pred_dir))
    assert result.exit_code == 0, result.output
    assert "locations" in result.stdout and "0.500" in result.stdout
    assert "quote attribution: 1.000 (1/1 matched quotes)" in result.stdout
    assert "no release for gold file of lost.txt" in result.stderr


@pytest.mark.parametrize(
    ("fmt", "marker"), [("json", '"fields"'), ("markdown", "| field |"), ("table", "-----")]
)
def test_evaluate_formats(runner, gold_dir, pred_dir, fmt, marker):
    result = evaluate(runner, "--gold", str(gold_dir), "--pred", str(pred_dir), "--format", fmt)
    assert result.exit_code == 0
    assert marker in result.stdout


def test_evaluate_per_doc(runner, gold_dir, pred_dir):
    result = evaluate(runner, "--gold", str(gold_dir), "--pred", str(pred_dir), "--per-doc")
    assert "locations miss: Nigeria" in result.stdout
    assert "locations false positive: Europe" in result.stdout


@pytest.mark.parametrize(
    ("thresholds", "code", "named"),
    [
        (["--fail-under", "locations=0.5"], 0, None),
        (["--fail-under", "locations=0.6"], 1, "locations"),
        (["--fail-under", "title=1", "--fail-under", "quotes=0.9"], 0, None),
        (["--fail-under", "title=1,locations=0.9"], 1, "locations"),
    ],
)
def test_evaluate_fail_under(runner, gold_dir, pred_dir, thresholds, code, named):
    (gold_dir / "lost.json").unlink()  # every gold file has its release
    result = evaluate(runner, "--gold", str(gold_dir), "--pred", str(pred_dir), *thresholds)
    assert result.exit_code == code
    if named:
        assert f"evaluation failed for: {named}" in result.stderr


def test_baseline_update_then_compare(runner, gold_dir, pred_dir, tmp_path):
    (gold_dir / "lost.json").unlink()  # every gold file has its release
    baseline = tmp_path / "baseline.json"
    args = ["--gold", str(gold_dir), "--pred", str(pred_dir), "--baseline", str(baseline)]
    missing = evaluate(runner, *args)
    assert missing.exit_code == 2 and "--update-baseline" in missing.stderr
    written = evaluate(runner, *args, "--update-baseline")
    assert written.exit_code == 0 and "baseline written" in written.stderr
    assert json.loads(baseline.read_text(encoding="utf-8"))["scores"]["locations"] == 0.5
    assert evaluate(runner, *args).exit_code == 0
    pinned = json.loads(baseline.read_text(encoding="utf-8"))
    pinned["scores"]["locations"] = 0.8
    baseline.write_text(json.dumps(pinned), encoding="utf-8")
    dropped = evaluate(runner, *args)
    assert dropped.exit_code == 1
    assert "locations F1 0.5000 < 0.8000 (baseline)" in dropped.stderr


@pytest.mark.parametrize(
    ("gate", "code"),
    [
        (["--fail-under", "locations=0.5"], 1),  # met on the scored release, yet lost.txt is absent
        (["--baseline", "{baseline}"], 1),
        (["--baseline", "{baseline}", "--update-baseline"], 2),
    ],
)
def test_a_gate_over_part_of_the_gold_fails(runner, gold_dir, pred_dir, tmp_path, gate, code):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"scores": {"locations": 0.1}}), encoding="utf-8")
    before = baseline.read_text(encoding="utf-8")
    args = [a.format(baseline=baseline) for a in gate]
    result = evaluate(runner, "--gold", str(gold_dir), "--pred", str(pred_dir), *args)
    assert result.exit_code == code
    assert "1 gold file(s) have no release to score" in result.stderr
    assert baseline.read_text(encoding="utf-8") == before  # never pinned over part of the gold


def test_without_a_gate_missing_gold_is_a_warning(runner, gold_dir, pred_dir):
    result = evaluate(runner, "--gold", str(gold_dir), "--pred", str(pred_dir))
    assert result.exit_code == 0
    assert "no release for gold file of lost.txt" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "exactly one of --pred"),
        (["--pred", "X", "--input", "Y"], "exactly one of --pred"),
        (["--pred", "X", "--format", "html"], "--format"),
        (["--pred", "X", "--update-baseline"], "needs --baseline"),
        (["--pred", "X", "--fail-under", "quotes"], "FIELD=F1"),
        (["--pred", "/nonexistent/out"], "no records found"),
        (["--pred", "X", "--workers", "2"], "--workers applies to --input"),
    ],
)
def test_evaluate_usage_errors_exit_2(runner, gold_dir, args, message):
    result = evaluate(runner, "--gold", str(gold_dir), *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_malformed_gold_exits_2_naming_file_and_key(runner, gold_dir, pred_dir):
    bad = gold_dir / "r.json"
    bad.write_text(json.dumps({"source": "r.html", "published": "May 2"}), encoding="utf-8")
    result = evaluate(runner, "--gold", str(gold_dir), "--pred", str(pred_dir))
    assert result.exit_code == 2
    assert f"{bad}: key 'published'" in result.stderr
    assert "Traceback" not in result.output


def test_empty_gold_folder_exits_2(runner, tmp_path, pred_dir):
    result = evaluate(runner, "--gold", str(tmp_path), "--pred", str(pred_dir))
    assert result.exit_code == 2 and "no gold files" in result.stderr


RELEASE = """Ministry opens new clinic in Lagos

LAGOS, May 2, 2024 - The Ministry of Health opened a clinic with 120 beds on Thursday.
"This clinic will serve families across the region," said Health Minister Jane Doe.
"""


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "clinic.txt").write_text(RELEASE, encoding="utf-8")
    return folder


def test_annotate_writes_a_valid_draft_that_evaluate_reads(runner, raw_dir, tmp_path, nlp):
    gold_dir = tmp_path / "annotated"
    gold_dir.mkdir()
    args = ["annotate", str(raw_dir / "clinic.txt"), "--pipeline", DEFAULT_PIPELINE]
    written = runner.invoke(app, [*args, "--out", str(gold_dir)])
    assert written.exit_code == 0, written.output
    draft = json.loads((gold_dir / "clinic.json").read_text(encoding="utf-8"))
    assert draft["source"] == "clinic.txt"
    assert draft["notes"].startswith("DRAFT")
    again = runner.invoke(app, [*args, "--out", str(gold_dir / "clinic.json")])
    assert again.exit_code == 2 and "--force" in again.stderr  # never clobber corrections
    scored = evaluate(
        runner, "--gold", str(gold_dir), "--input", str(raw_dir), "--pipeline", DEFAULT_PIPELINE
    )
    assert scored.exit_code == 0, scored.output
    # The draft is the pipeline's own output, so the pipeline finds all of it (precision can be
    # lower: the draft lists a repeated date or figure once).
    for line in scored.stdout.splitlines()[2:12]:
        assert line.split()[2] == "1.000", line


def test_annotate_to_stdout(runner, raw_dir, nlp):
    result = runner.invoke(
        app, ["annotate", str(raw_dir / "clinic.txt"), "--pipeline", DEFAULT_PIPELINE]
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "clinic.txt"


def test_annotate_missing_file_exits_2(runner, tmp_path):
    result = runner.invoke(app, ["annotate", str(tmp_path / "none.html")])
    assert result.exit_code == 2 and "does not exist" in result.stderr


@pytest.mark.parametrize("workers", [1, 2])
def test_evaluate_input_runs_on_workers_and_scores_the_same(
    runner, raw_dir, tmp_path, monkeypatch, workers, nlp
):
    import pressextract.batch

    (raw_dir / "r.txt").write_text(RELEASE.replace("120", "80"), encoding="utf-8")
    gold = tmp_path / "gold-clinic"
    gold.mkdir()
    for name in ("clinic", "r"):
        draft = {"source": f"{name}.txt", "locations": ["Lagos"], "statistics": []}
        (gold / f"{name}.json").write_text(json.dumps(draft), encoding="utf-8")
    # One release per chunk, so that two workers both get work.
    pipeline = tmp_path / "one-per-chunk.toml"
    default = Path(DEFAULT_PIPELINE).read_text(encoding="utf-8")
    pipeline.write_text(default.replace("batch_size = 16", "batch_size = 1"), encoding="utf-8")
    engines = []
    real = pressextract.batch.make_engine

    def spy(name, config, workers, chunks, scheduler=None):
        engine = real(name, config, workers, chunks, scheduler)
        engines.append(engine)
        return engine

    monkeypatch.setattr(pressextract.batch, "make_engine", spy)
    args = ["--gold", str(gold), "--input", str(raw_dir), "--pipeline", str(pipeline)]
    result = evaluate(runner, *args, "--workers", str(workers), "--format", "json")
    assert result.exit_code == 0, result.output
    assert [e.workers for e in engines] == [workers]
    scores = json.loads(result.stdout)
    one = evaluate(runner, *args, "--workers", "1", "--format", "json")
    assert json.loads(one.stdout) == scores
