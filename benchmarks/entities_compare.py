"""Organizations and locations: pressextract vs bare spaCy entities on ../shared/corpus/gold.

Usage: python benchmarks/entities_compare.py [--shared ../shared] [--pipeline PATH] [--misses]

Both systems read the same release texts and use the same model; "bare spaCy" is the set of
distinct ORG (resp. GPE/LOC/FAC) entity texts of `nlp(text)`, scored by the ANNOTATION.md rules.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pressextract.config import load_pipeline
from pressextract.evaluate.match import location_score, match_items, organization_score
from pressextract.evaluate.scoring import Counts
from pressextract.nlp.build import build_nlp, load_model
from pressextract.pipeline import document_from_text, process_documents
from pressextract.schema import Document

REPO = Path(__file__).resolve().parent.parent


def read_release(path: Path) -> Document:
    """The release as the pipeline sees it: ingest when available, else a crude text read."""
    try:
        from pressextract.ingest import read_document  # type: ignore[attr-defined]
    except ImportError:
        read_document = None
    if read_document is not None:
        return read_document(path, root=path.parent)
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix in {".html", ".htm"}:
        import trafilatura

        raw = trafilatura.extract(raw) or ""
    return document_from_text(raw, source=path.name)


def score_field(gold: list, pred: list, rule: Callable) -> tuple[Counts, list, list]:
    """Score one field of one release: (counts, unmatched predictions, unmatched gold)."""
    pairs = match_items(gold, pred, rule)
    hit_gold = {g for g, _ in pairs}
    hit_pred = {p for _, p in pairs}
    misses_pred = [x for i, x in enumerate(pred) if i not in hit_pred]
    misses_gold = [x for i, x in enumerate(gold) if i not in hit_gold]
    counts = Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    return counts, misses_pred, misses_gold


def _org_rule(gold: dict, pred: dict) -> float:
    return organization_score(gold["name"], gold.get("acronym"), pred["name"], pred.get("acronym"))


def main() -> None:
    """Score both systems and print one table per field."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--pipeline", default=str(REPO / "pipelines" / "default.toml"))
    parser.add_argument("--misses", action="store_true", help="list unmatched items per release")
    args = parser.parse_args()

    gold_dir = args.shared / "corpus" / "gold"
    releases = args.shared / "corpus" / "releases"
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        sys.exit(f"no gold files in {gold_dir}")
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in gold_files]
    documents = [read_release(releases / g["source"]) for g in golds]

    # Only the two extractors measured here run (the others do not change these fields).
    config = replace(load_pipeline(args.pipeline), extractors=("locations", "organizations"))
    nlp = build_nlp(config)
    bare = load_model(config.model)
    records = list(process_documents(documents, nlp, config))

    totals = {k: Counts() for k in ("org_ours", "org_bare", "loc_ours", "loc_bare")}
    rows = []
    for gold, document, record in zip(golds, documents, records, strict=True):
        doc = bare(document.text)
        bare_orgs = sorted({e.text for e in doc.ents if e.label_ == "ORG"})
        bare_locs = sorted({e.text for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}})
        row = [gold["source"][:40]]
        if "organizations" in gold:
            ours = [{"name": o.name, "acronym": o.acronym} for o in record.organizations]
            s_ours, fp, fn = score_field(gold["organizations"], ours, _org_rule)
            bare_items = [{"name": t} for t in bare_orgs]
            s_bare, _, _ = score_field(gold["organizations"], bare_items, _org_rule)
            totals["org_ours"].add(s_ours)
            totals["org_bare"].add(s_bare)
            row += [f"{s_ours.f1:.2f}", f"{s_bare.f1:.2f}"]
            if args.misses:
                _print_misses(gold["source"], "ORG", fp, fn)
        if "locations" in gold:
            ours_l = [loc.name for loc in record.locations]
            s_ours, fp, fn = score_field(gold["locations"], ours_l, location_score)
            s_bare, _, _ = score_field(gold["locations"], bare_locs, location_score)
            totals["loc_ours"].add(s_ours)
            totals["loc_bare"].add(s_bare)
            row += [f"{s_ours.f1:.2f}", f"{s_bare.f1:.2f}"]
            if args.misses:
                _print_misses(gold["source"], "LOC", fp, fn)
        rows.append(row)

    print(f"{'release':40} {'org':>5} {'bare':>5} {'loc':>5} {'bare':>5}")
    for row in rows:
        print(" ".join([row[0].ljust(40), *(c.rjust(5) for c in row[1:])]))
    print()
    head = ("field", "system", "P", "R", "F1", "tp", "pred", "gold")
    print(f"{head[0]:14} {head[1]:12} " + " ".join(f"{h:>6}" for h in head[2:]))
    for key, score in totals.items():
        field, system = key.split("_")
        name = {"org": "organizations", "loc": "locations"}[field]
        label = "pressextract" if system == "ours" else "bare spaCy"
        print(
            f"{name:14} {label:12} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}"
            f" {score.tp:6d} {score.tp + score.fp:6d} {score.tp + score.fn:6d}"
        )
    print(f"\n{len(golds)} gold releases; model {config.model}; pipeline {config.path}")


def _print_misses(source: str, field: str, fp: list, fn: list) -> None:
    def show(x: object) -> str:
        return x["name"] if isinstance(x, dict) else str(x)  # type: ignore[index]

    if fp or fn:
        print(f"# {source} {field}")
        if fp:
            print("   FP:", " | ".join(show(x) for x in fp))
        if fn:
            print("   FN:", " | ".join(show(x) for x in fn))


if __name__ == "__main__":
    main()
