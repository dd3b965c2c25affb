"""Organizations and locations on NewsReader MEANTIME English: pressextract vs bare spaCy.

A blind check of the organization and location rules: 120 Wikinews articles (airbus, apple,
gm, stock) that no rule was written on, annotated by others with ENTITY objects typed ORG,
LOC, PER, PRO (products), FIN (financial instruments, e.g. indices and shares) and MIX.

Gold, per article: each ORG (resp. LOC) entity that has at least one named mention (syntactic
type NAM or PRE.NAM) in the annotated sentences, once, with all its named spellings ("General
Motors", "GM"); an entity named only by a noun or pronoun ("the carmaker") is not counted. A
prediction matches an entity when it equals any of its spellings by the ANNOTATION.md rules
(organization_score, location_score), paired one to one by match_items as `pressextract
evaluate` pairs them (exact pairs first). Text: see benchmarks/meantime.py (the DCT's date line
is left out, as in dates_meantime.py).

A false positive is split by what MEANTIME says the name is: another entity type (a product,
person, place, financial instrument: a wrong label), or nothing annotated (MEANTIME annotates
the entities of its events, not every name, so part of these may be right).

Per corpus (airbus, apple, gm, stock) the organizations F1 is printed too. Rules may be
written from the errors of airbus and gm (`--misses --corpus airbus --corpus gm`); apple and
stock stay the blind half: read their errors only to report, never to write a rule.

    python benchmarks/entities_meantime.py [--misses [--corpus NAME ...]]
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.meantime import articles, rebuild_text  # noqa: E402

from pressextract.evaluate.match import (  # noqa: E402
    location_score,
    match_items,
    normalize_name,
    organization_score,
)
from pressextract.evaluate.scoring import Counts  # noqa: E402

_NAMED = {"NAM", "PRE.NAM"}
_FIELDS = {"ORG": "organizations", "LOC": "locations"}
_CORPORA = ("airbus", "apple", "gm", "stock")


@dataclass(frozen=True)
class Article:
    """One article: its text, the named spellings of each entity by type, every name's type."""

    name: str
    text: str
    entities: dict[str, list[tuple[str, ...]]]  # ent_type -> spellings of each entity
    type_of: dict[str, str] = field(default_factory=dict)  # normalized name -> ent_type


def read_article(path: Path) -> Article:
    """The article's text and its named entities."""
    root = ET.parse(path).getroot()
    markables = root.find("Markables")
    relations = root.find("Relations")
    items = list(markables) if markables is not None else []
    dct = next((m for m in items if m.get("functionInDocument") == "CREATION_TIME"), None)
    skip = (
        frozenset(a.get("t_id") for a in dct.findall("token_anchor"))
        if dct is not None
        else frozenset()
    )
    text, spans = rebuild_text(root, skip=skip)

    mention_text: dict[str, str] = {}
    for m in items:
        if m.tag != "ENTITY_MENTION" or m.get("syntactic_type") not in _NAMED:
            continue
        places = [spans[a.get("t_id")] for a in m.findall("token_anchor") if a.get("t_id") in spans]
        if places:
            mention_text[m.get("m_id")] = text[
                min(s for s, _ in places) : max(e for _, e in places)
            ]
    entity_type = {m.get("m_id"): m.get("ent_type") for m in items if m.tag == "ENTITY"}
    spellings: dict[str, list[str]] = {}
    for rel in relations.findall("REFERS_TO") if relations is not None else []:
        target = rel.find("target")
        if target is None or target.get("m_id") not in entity_type:
            continue
        names = [
            mention_text[s.get("m_id")]
            for s in rel.findall("source")
            if s.get("m_id") in mention_text
        ]
        spellings.setdefault(target.get("m_id"), []).extend(names)

    entities: dict[str, list[tuple[str, ...]]] = {}
    type_of: dict[str, str] = {}
    for entity, names in spellings.items():
        if not names:
            continue
        kind = entity_type[entity]
        entities.setdefault(kind, []).append(tuple(dict.fromkeys(names)))
        for name in names:
            type_of.setdefault(normalize_name(name), kind)
    return Article(path.stem, text, entities, type_of)


def match(
    gold: list[tuple[str, ...]], pred: list[tuple[str, str | None]], kind: str
) -> tuple[Counts, list, list]:
    """One-to-one matching of predictions to entities, as `pressextract evaluate` matches
    (match_items: exact pairs first): (counts, unmatched predictions, missed entities)."""

    def score(names: tuple[str, ...], item: tuple[str, str | None]) -> float:
        if kind == "ORG":
            return max(organization_score(n, None, item[0], item[1]) for n in names)
        return max(location_score(n, item[0]) for n in names)

    pairs = match_items(gold, pred, score)
    hit_gold, hit_pred = {g for g, _ in pairs}, {p for _, p in pairs}
    unmatched = [item for i, item in enumerate(pred) if i not in hit_pred]
    misses = [names for i, names in enumerate(gold) if i not in hit_gold]
    return Counts(tp=len(pairs), fp=len(unmatched), fn=len(misses)), unmatched, misses


def main() -> None:
    from pressextract.config import load_pipeline
    from pressextract.nlp.build import build_nlp, load_model
    from pressextract.pipeline import document_from_text, process_documents

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pipeline", default=str(REPO / "pipelines" / "default.toml"))
    parser.add_argument("--misses", action="store_true", help="list each article's errors")
    parser.add_argument(
        "--corpus", action="append", choices=_CORPORA, help="list errors of this corpus only"
    )
    args = parser.parse_args()
    shown = set(args.corpus or _CORPORA)

    files = articles()
    if not files:
        sys.exit("no MEANTIME articles: this script needs ../shared/benchmarks/meantime-en")
    read = [read_article(p) for p in files]
    config = replace(load_pipeline(args.pipeline), extractors=("locations", "organizations"))
    nlp = build_nlp(config)
    bare = load_model(config.model)
    documents = [document_from_text(a.text, source=a.name) for a in read]
    records = process_documents(documents, nlp, config)

    totals = {(k, s): Counts() for k in _FIELDS for s in ("ours", "bare")}
    by_corpus = {c: Counts() for c in _CORPORA}
    wrong_type: Counter[tuple[str, str]] = Counter()
    for path, article, record in zip(files, read, records, strict=True):
        corpus = path.parent.name.removeprefix("corpus_")
        doc = bare(article.text)
        bare_of = {
            "ORG": [(e.text, None) for e in doc.ents if e.label_ == "ORG"],
            "LOC": [(e.text, None) for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}],
        }
        ours_of = {
            "ORG": [(o.name, o.acronym) for o in record.organizations],
            "LOC": [(loc.name, None) for loc in record.locations],
        }
        for kind in _FIELDS:
            gold = article.entities.get(kind, [])
            bare_items = list(dict.fromkeys(normalize_name(t) for t, _ in bare_of[kind]))
            totals[(kind, "bare")].add(match(gold, [(t, None) for t in bare_items], kind)[0])
            counts, false, misses = match(gold, ours_of[kind], kind)
            totals[(kind, "ours")].add(counts)
            if kind == "ORG":
                by_corpus[corpus].add(counts)
            for name, _ in false:
                wrong_type[(kind, article.type_of.get(normalize_name(name), "none"))] += 1
            if args.misses and corpus in shown and (false or misses):
                print(f"# {article.name} {kind}")
                for name, _ in false:
                    print(f"   FP [{article.type_of.get(normalize_name(name), '-')}] {name}")
                for names in misses:
                    print("   FN", " | ".join(names))

    print(f"MEANTIME English: {len(read)} articles, named ORG and LOC entities\n")
    print(
        f"{'field':14} {'system':12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"
    )
    for (kind, system), c in totals.items():
        label = "pressextract" if system == "ours" else "bare spaCy"
        print(
            f"{_FIELDS[kind]:14} {label:12} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
            f" {c.tp:5d} {c.tp + c.fp:5d} {c.tp + c.fn:5d}"
        )
    print("\norganizations by corpus (airbus, gm: may be read; apple, stock: blind half):")
    for corpus, c in by_corpus.items():
        print(f"  {corpus:8} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}")
    print("\npressextract false positives by MEANTIME type (none: not annotated):")
    for kind in _FIELDS:
        parts = ", ".join(f"{t} {n}" for (k, t), n in sorted(wrong_type.items()) if k == kind)
        print(f"  {_FIELDS[kind]}: {parts}")


if __name__ == "__main__":
    main()
