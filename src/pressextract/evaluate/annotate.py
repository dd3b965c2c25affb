"""Draft gold files: the pipeline's output for one release in the ANNOTATION.md format, for a
person to correct."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pressextract.config import PipelineConfig
from pressextract.evaluate.gold import parse_gold
from pressextract.schema import Record

DRAFT_NOTE = (
    "DRAFT written by `pressextract annotate` from the output of {pipeline}; correct every"
    " field by hand against the release (ANNOTATION.md), then replace this note with your"
    " judgment calls."
)


def draft_gold(record: Record | Mapping[str, Any], pipeline: str = "default") -> dict[str, Any]:
    """A gold dict (ANNOTATION.md keys, in its order) from a Record or its `as_dict()`."""
    data = record.as_dict() if isinstance(record, Record) else dict(record)
    published = data.get("published")
    dateline = data.get("dateline")
    draft: dict[str, Any] = {
        "source": Path(str(data.get("source") or "release")).name,
        "title": _collapse(data.get("title")),
        "published": published,
        "dateline": (
            {"location": dateline.get("location"), "date": dateline.get("date")}
            if dateline and (dateline.get("location") or dateline.get("date"))
            else None
        ),
        # The publication date is scored as `published`; ANNOTATION.md leaves it out of `dates`.
        "dates": _unique(
            {"text": d.get("text") or "", "start": d["start"], "end": d.get("end") or d["start"]}
            for d in data.get("dates") or []
            if d.get("start") and not (d["start"] == published and d.get("end") == published)
        ),
        "locations": _unique(x["name"] for x in data.get("locations") or [] if x.get("name")),
        "organizations": _unique(
            {"name": x["name"], "acronym": x.get("acronym")}
            for x in data.get("organizations") or []
            if x.get("name")
        ),
        "speakers": _unique(
            {"name": x["name"], "title": x.get("title"), "organization": x.get("organization")}
            for x in data.get("speakers") or []
            if x.get("name")
        ),
        # Gold quotes are direct quotations only.
        "quotes": _unique(
            {"text": q["text"], "speaker": q.get("speaker")}
            for q in data.get("quotes") or []
            if q.get("text") and (q.get("kind") or "direct") == "direct"
        ),
        "statistics": _unique(
            {
                "text": s.get("text") or "",
                "value": s["value"],
                "unit": s.get("unit"),
                "qualifier": s.get("qualifier"),
            }
            for s in data.get("statistics") or []
            if isinstance(s.get("value"), int | float) and not isinstance(s.get("value"), bool)
        ),
        "notes": DRAFT_NOTE.format(pipeline=pipeline),
    }
    parse_gold(draft, path=f"draft for {draft['source']}")  # a draft must be a valid gold file
    return draft


def annotate_file(
    path: str | Path, pipeline: str | Path | PipelineConfig = "default"
) -> dict[str, Any]:
    """Run the pipeline on one release file and return its draft gold dict."""
    from pressextract import extract_file

    config_name = pipeline.name if isinstance(pipeline, PipelineConfig) else str(pipeline)
    return draft_gold(extract_file(path, pipeline=pipeline), pipeline=f"pipeline {config_name}")


def _collapse(text: Any) -> str | None:
    return " ".join(text.split()) if isinstance(text, str) and text.strip() else None


def _unique(items: Any) -> list[Any]:
    """Items in order, each once (a release names a place once in gold, however often in text)."""
    out: list[Any] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
