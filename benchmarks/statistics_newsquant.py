"""Statistics on NewsQuant (../shared/benchmarks/newsquant): value F1 and value+unit F1 for this
project and for quantulum3 (a peer, run from a scratch venv, never a dependency), with the
published CQE / quantulum3 figures from the benchmark README beside them.

Matching, per sentence, each gold quantity at most once: values equal (relative difference
< 1e-6; a gold range "a-b" is matched by its lower bound, as ANNOTATION.md records ranges).
Units are compared leniently after the same normalization for both systems: ISO currency codes
become currency names ("USD" -> "dollar"), "percent" -> "percentage", plurals singular, and two
units match when they are equal, share their head (last) word, or both are empty ("-").
Our extractor runs with NewsQuant's conventions: "one of the ..." counts (one_of=True) and no
deduplication (every mention is annotated).

`--via-run` adds two rows made the way a user would, with `pressextract run` on .txt files in a
scratch folder (same statistics options, through a pipeline file there): each item written as a
one-file article (a headline line, then the item's text), and all 590 items as one long article
(a headline, then a paragraph per item; each statistic goes back to the item whose span in the
body holds it). Ingest must keep every sentence in the body (nothing cut as site furniture); the
script says how many made it. One-file articles must give the library's figures exactly; in the
long article spaCy reads each sentence beside its neighbours, which moves a few parses.

    python benchmarks/statistics_newsquant.py [--via-run] [--q3-python /tmp/venv-q3/bin/python]
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "benchmarks" / "newsquant" / "NewsQuant.json"
Q3_SCRIPT = """
import json, sys
from quantulum3 import parser
out = []
for text in json.load(sys.stdin):
    items = []
    try:
        for q in parser.parse(text):
            items.append([float(q.value), q.unit.name])
    except Exception:
        pass
    out.append(items)
json.dump(out, sys.stdout)
"""
_UNIT_WORDS = {"percent": "percentage", "%": "percentage", "km": "kilometre", "kg": "kilogram",
               "metres": "metre", "litres": "litre", "feet": "foot", "inches": "inch",
               "people": "people", "hp": "horsepower", "mph": "mile per hour",
               "gb": "gigabyte", "mw": "megawatt", "gw": "gigawatt", "kw": "kilowatt",
               "dimensionless": "", "percentage points": "point"}  # fmt: skip


def singular(word: str) -> str:
    """Crude singular of a unit word ("years" -> "year", "inches" -> "inch")."""
    if word in ("people", "series", "species", "news", "celsius"):
        return word
    for suffix, repl in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss")):
        if word.endswith(suffix):
            return word[: -len(suffix)] + repl
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def norm_unit(unit: str | None) -> str:
    """Lowercase singular words, currency codes as names; "" for no unit."""
    from pressextract.extractors.figures import currency_table

    if not unit or unit == "-":
        return ""
    names = currency_table()[2]
    if unit in names:
        return names[unit]
    unit = unit.lower().strip()
    unit = _UNIT_WORDS.get(unit, unit)
    return " ".join(singular(w) for w in re.findall(r"[a-z]+", unit))


def unit_match(gold: str, pred: str) -> bool:
    """Equal, same head word, or both empty."""
    if gold == pred:
        return True
    if not gold or not pred:
        return False
    return gold.split()[-1] == pred.split()[-1] or gold in pred or pred in gold


def gold_value(text: str) -> float:
    match = re.match(r"^-?[\d.]+(?:e[+-]?\d+)?", text)
    return float(match.group(0)) if match else float("nan")


def same(a: float, b: float) -> bool:
    return a == b or (max(abs(a), abs(b)) > 0 and abs(a - b) / max(abs(a), abs(b)) < 1e-6)


def score(
    items: list[dict], predictions: list[list[tuple[float, str]]]
) -> tuple[int, int, int, int]:
    """(value tp, value+unit tp, predicted, gold) over all sentences."""
    tp_v = tp_vu = n_pred = n_gold = 0
    for item, preds in zip(items, predictions, strict=True):
        golds = [(gold_value(q["value"]), q) for q in item["quantities"]]
        n_gold += len(golds)
        n_pred += len(preds)
        left = list(golds)
        for value, unit in preds:
            match = next((g for g in left if same(g[0], value)), None)
            if match is None:
                continue
            left.remove(match)
            tp_v += 1
            gold_units = {norm_unit(match[1]["normalized_unit"]), norm_unit(match[1]["unit"])}
            if any(unit_match(g, norm_unit(unit)) for g in gold_units):
                tp_vu += 1
    return tp_v, tp_vu, n_pred, n_gold


def ours(items: list[dict]) -> list[list[tuple[float, str]]]:
    from pressextract.config import load_pipeline
    from pressextract.extractors.statistics import StatisticOptions, extract_statistics
    from pressextract.nlp.build import build_nlp
    from pressextract.pipeline import document_from_text

    nlp = build_nlp(load_pipeline("default", search_dirs=(REPO / "pipelines",)))
    options = StatisticOptions(one_of=True, deduplicate=False)
    out = []
    texts = [i["text"] for i in items]
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=64), strict=True):
        stats = extract_statistics(doc, document_from_text(text), options)
        out.append([(s.value, s.unit or "") for s in stats])
    return out


HEADLINE = "Quantities in the news: a NewsQuant digest"


def _run(files: dict[str, str]) -> dict[str, dict]:
    """`pressextract run` (the installed command's code, in this process) on .txt files written
    to a scratch folder, with NewsQuant's statistics options; records by file name."""
    from pressextract.cli import app

    default = (REPO / "pipelines" / "default.toml").read_text(encoding="utf-8")
    pipeline = re.sub(r"(?m)^one_of = false", "one_of = true", default)
    pipeline = re.sub(r"(?m)^(\[statistics\][^\[]*?)^deduplicate = true", r"\1deduplicate = false",
                      pipeline)  # fmt: skip
    pipeline = re.sub(r"(?m)^release_seconds = \d+", "release_seconds = 0", pipeline)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        (root / "in").mkdir()
        for name, text in files.items():
            (root / "in" / name).write_text(text, encoding="utf-8")
        (root / "newsquant.toml").write_text(pipeline, encoding="utf-8")
        args = ["run", str(root / "in"), "--out", str(root / "out"), "--quiet", "--workers", "1",
                "--pipeline", str(root / "newsquant.toml"), "--format", "jsonl"]  # fmt: skip
        try:
            app(args, standalone_mode=False)
        except SystemExit as exc:  # typer exits with the run's code
            if exc.code:
                raise
        lines = (root / "out" / "records.jsonl").read_text("utf-8").splitlines()
    return {r["source"]: r for r in map(json.loads, lines)}


def _report(sentences: list[str], bodies: list[str], warnings: list[str]) -> None:
    pairs = enumerate(zip(sentences, bodies, strict=True))
    missing = [n for n, (sentence, body) in pairs if sentence not in body]
    print(f"  {len(sentences) - len(missing)} of {len(sentences)} sentences in the body"
          + (f", e.g. missing {sentences[missing[0]][:80]!r}" if missing else ""))  # fmt: skip
    if warnings:
        print(f"  warnings: {sorted(set(warnings))[:3]}")


def via_run_files(items: list[dict]) -> list[list[tuple[float, str]]]:
    """Each item as a one-file article (a headline line, then its text), through `run`."""
    sentences = [re.sub(r"\s+", " ", i["text"]).strip() for i in items]
    files = {f"item-{n:04d}.txt": f"NewsQuant item {n}\n\n{s}\n" for n, s in enumerate(sentences)}
    records = _run(files)
    print("via run, one file per item:")
    found = [records.get(name) for name in files]
    _report(sentences, [r["text"] if r else "" for r in found],
            [w for r in found if r for w in r["warnings"]])  # fmt: skip
    return [[(s["value"], s["unit"] or "") for s in r["statistics"]] if r else [] for r in found]


def via_run_article(items: list[dict]) -> list[list[tuple[float, str]]]:
    """All items as one long .txt article (a paragraph each), through `run`; each statistic goes
    back to the sentence whose span in the body holds it."""
    sentences = [re.sub(r"\s+", " ", i["text"]).strip() for i in items]
    text = HEADLINE + "\n\n" + "\n\n".join(sentences) + "\n"
    record = _run({"newsquant-article.txt": text})["newsquant-article.txt"]
    body = record["text"]
    spans, at = [], 0
    for sentence in sentences:
        found = body.find(sentence, at)
        spans.append((found, found + len(sentence)) if found >= 0 else (-1, -1))
        at = found + len(sentence) if found >= 0 else at
    print("via run, one long article:")
    _report(sentences, [sentence if span[0] >= 0 else "" for sentence, span in
                        zip(sentences, spans, strict=True)], record["warnings"])  # fmt: skip
    out: list[list[tuple[float, str]]] = [[] for _ in sentences]
    for stat in record["statistics"]:
        for n, (start, end) in enumerate(spans):
            if start <= stat["char_start"] < end:
                out[n].append((stat["value"], stat["unit"] or ""))
                break
    return out


def quantulum3(items: list[dict], python: str) -> list[list[tuple[float, str]]] | None:
    if not Path(python).exists():
        return None
    run = subprocess.run([python, "-c", Q3_SCRIPT], input=json.dumps([i["text"] for i in items]),
                         capture_output=True, text=True, check=False)  # fmt: skip
    if run.returncode != 0:
        print(f"quantulum3 failed: {run.stderr.strip().splitlines()[-1:]}")
        return None
    return [[(v, u) for v, u in sent] for sent in json.loads(run.stdout)]


def main() -> None:
    python = "/tmp/venv-q3/bin/python"
    if "--q3-python" in sys.argv:
        python = sys.argv[sys.argv.index("--q3-python") + 1]
    items = json.loads(DATA.read_text(encoding="utf-8"))
    rows = [("pressextract", ours(items))]
    if "--via-run" in sys.argv:
        rows.append(("pressextract run, .txt each", via_run_files(items)))
        rows.append(("pressextract run, 1 article", via_run_article(items)))
    q3 = quantulum3(items, python)
    if q3 is not None:
        rows.append(("quantulum3 (run here)", q3))
    print(
        f"NewsQuant: {len(items)} sentences,"
        f" {sum(len(i['quantities']) for i in items)} quantities\n"
    )
    print(f"{'system':26} {'value P':>8} {'R':>6} {'F1':>6} {'v+unit P':>9} {'R':>6} {'F1':>6}")
    for name, preds in rows:
        tp_v, tp_vu, n_pred, n_gold = score(items, preds)
        cells = []
        for tp in (tp_v, tp_vu):
            p, r = tp / n_pred if n_pred else 0.0, tp / n_gold
            cells += [p, r, 2 * p * r / (p + r) if p + r else 0.0]
        print(
            f"{name:26} {100 * cells[0]:8.1f} {100 * cells[1]:6.1f} {100 * cells[2]:6.1f}"
            f" {100 * cells[3]:9.1f} {100 * cells[4]:6.1f} {100 * cells[5]:6.1f}"
        )
    print(
        f"{'CQE (published)':26} {92.0:8.1f} {91.8:6.1f} {91.9:6.1f}"
        f" {85.6:9.1f} {85.4:6.1f} {85.5:6.1f}"
    )
    print(
        f"{'quantulum3 (published)':26} {65.1:8.1f} {83.3:6.1f} {73.1:6.1f}"
        f" {41.9:9.1f} {53.7:6.1f} {47.1:6.1f}"
    )


if __name__ == "__main__":
    main()
