"""Show scores (table, markdown, JSON; per-release misses) and check them against thresholds
and a pinned baseline."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pressextract.errors import PressExtractError
from pressextract.evaluate.scoring import ATTRIBUTION, METRICS, Scores
from pressextract.export.atomic import write_atomically

FORMATS = ("table", "json", "markdown")
DIGITS = 4  # baselines pin and compare scores at this many decimals, so float noise never fails
BASELINE_NOTE = (
    "Pinned scores of `pressextract evaluate --baseline`: a run fails when a field falls below"
    " its value. Rewrite with --update-baseline only as a deliberate, reviewed change."
)


@dataclass(frozen=True)
class Shortfall:
    """A metric below what a threshold or the baseline requires."""

    field: str
    value: float | None
    required: float
    check: str  # "threshold" | "baseline"

    def line(self) -> str:
        """`quotes F1 0.512 < 0.600 (baseline)`."""
        kind = "accuracy" if self.field == ATTRIBUTION else "F1"
        shown = "n/a" if self.value is None else f"{self.value:.4f}"
        return f"{self.field} {kind} {shown} < {self.required:.4f} ({self.check})"


# --- thresholds and baseline ------------------------------------------------------------------


def parse_thresholds(specs: Iterable[str]) -> dict[str, float]:
    """["quotes=0.6", "dates=0.5"] -> {"quotes": 0.6, "dates": 0.5}; bad specs raise."""
    out: dict[str, float] = {}
    for spec in specs:
        name, sep, number = spec.partition("=")
        name = name.strip()
        if not sep or name not in METRICS:
            raise PressExtractError(
                f"--fail-under {spec!r}: expected FIELD=F1 with FIELD one of {', '.join(METRICS)}"
            )
        try:
            value = float(number)
        except ValueError:
            value = -1.0
        if not 0.0 <= value <= 1.0:
            raise PressExtractError(f"--fail-under {spec!r}: the score must be between 0 and 1")
        out[name] = value
    return out


def check_minimums(scores: Scores, minimums: Mapping[str, float], check: str) -> list[Shortfall]:
    """The metrics that fall below their minimum (a metric with no value counts as failing)."""
    metrics = scores.metrics()
    out = []
    for name, required in minimums.items():
        value = metrics.get(name)
        if value is None or round(value, DIGITS) < required:
            out.append(Shortfall(name, value, required, check))
    return out


def load_baseline(path: str | Path) -> dict[str, float]:
    """Pinned scores from a baseline file written by `write_baseline`."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PressExtractError(
            f"baseline {str(file)!r} does not exist: create it with --update-baseline"
        ) from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise PressExtractError(f"baseline {str(file)!r} is not valid JSON: {exc}") from exc
    pinned = data.get("scores") if isinstance(data, dict) else None
    if not isinstance(pinned, dict):
        raise PressExtractError(f"baseline {str(file)!r}: expected an object with key 'scores'")
    out: dict[str, float] = {}
    for name, value in pinned.items():
        if name not in METRICS:
            raise PressExtractError(f"baseline {str(file)!r}: unknown field {name!r}")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise PressExtractError(f"baseline {str(file)!r}: {name!r} must be a number")
        out[name] = float(value)
    return out


def baseline_dict(scores: Scores) -> dict[str, Any]:
    """The baseline object that pins the current scores."""
    metrics = scores.metrics()
    return {
        "note": BASELINE_NOTE,
        "releases": len(scores.per_release),
        "scores": {name: round(metrics[name], DIGITS) for name in METRICS if name in metrics},
    }


def write_baseline(path: str | Path, scores: Scores) -> None:
    """Pin the current scores (written atomically: a temporary file, then a rename)."""
    file = Path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(baseline_dict(scores), indent=2, ensure_ascii=False) + "\n"
    write_atomically(file, lambda out: out.write(text))


# --- rendering --------------------------------------------------------------------------------


def render(scores: Scores, fmt: str = "table", per_doc: bool = False, shortfalls=()) -> str:
    """Scores as a text table, a markdown table or JSON."""
    if fmt == "json":
        return render_json(scores, per_doc, shortfalls)
    if fmt == "markdown":
        return render_markdown(scores, per_doc)
    if fmt == "table":
        return render_table(scores, per_doc)
    raise PressExtractError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def _rows(scores: Scores) -> list[list[str]]:
    rows = []
    for name, c in scores.fields.items():
        rows.append(
            [
                name,
                f"{c.precision:.3f}",
                f"{c.recall:.3f}",
                f"{c.f1:.3f}",
                str(c.tp),
                str(c.fp),
                str(c.fn),
                str(scores.releases[name]),
            ]
        )
    return rows


HEADER = ["field", "precision", "recall", "f1", "tp", "fp", "fn", "releases"]


def _attribution_line(scores: Scores) -> str:
    if scores.attribution is None:
        return "quote attribution: n/a (no quote matched)"
    return (
        f"quote attribution: {scores.attribution:.3f}"
        f" ({scores.attribution_correct}/{scores.attribution_matched} matched quotes)"
    )


def _coverage_lines(scores: Scores) -> list[str]:
    lines = [f"releases scored: {len(scores.per_release)}"]
    if scores.missing:
        lines.append(f"gold without a matching release ({len(scores.missing)}):")
        lines += [f"  {source}" for source in scores.missing]
    if scores.unannotated:
        lines.append(f"releases without gold (not scored): {len(scores.unannotated)}")
    return lines


def render_table(scores: Scores, per_doc: bool = False) -> str:
    """A plain-text table for a terminal."""
    rows = [HEADER, *_rows(scores)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines += ["", _attribution_line(scores), *_coverage_lines(scores)]
    if per_doc:
        lines += ["", *_per_doc_lines(scores, markdown=False)]
    return "\n".join(lines)


def render_markdown(scores: Scores, per_doc: bool = False) -> str:
    """A GitHub-flavoured markdown table (for issues, PRs and CI summaries)."""
    lines = [
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join(["---", *["---:"] * (len(HEADER) - 1)]) + "|",
        *("| " + " | ".join(row) + " |" for row in _rows(scores)),
        "",
        _attribution_line(scores),
        "",
        *_coverage_lines(scores),
    ]
    if per_doc:
        lines += ["", *_per_doc_lines(scores, markdown=True)]
    return "\n".join(lines)


def render_json(scores: Scores, per_doc: bool = False, shortfalls: Iterable[Shortfall] = ()) -> str:
    """The scores as JSON; per-release detail only with `per_doc`."""
    data = scores.as_dict()
    if not per_doc:
        data.pop("releases")
    data["shortfalls"] = [
        {"field": s.field, "value": s.value, "required": s.required, "check": s.check}
        for s in shortfalls
    ]
    return json.dumps(data, indent=2, ensure_ascii=False)


def _per_doc_lines(scores: Scores, markdown: bool) -> list[str]:
    lines: list[str] = []
    for release in scores.per_release:
        body: list[str] = []
        for name, result in release.fields.items():
            body += [f"{name} miss: {text}" for text in result.misses]
            body += [f"{name} false positive: {text}" for text in result.false_positives]
        body += [f"quotes misattributed: {text}" for text in release.misattributed]
        if not body:
            continue
        lines.append(f"### {release.source}" if markdown else f"== {release.source}")
        lines += [f"- {item}" if markdown else f"  {item}" for item in body]
        lines.append("")
    if not lines:
        lines.append("every scored release matches its gold file")
    return lines
