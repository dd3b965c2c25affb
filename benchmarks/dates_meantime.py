"""Dates on NewsReader MEANTIME, English (../shared/benchmarks/meantime-en), DATE-type TIMEX3 only.

120 Wikinews articles (airbus, apple, gm, stock) with TIMEX3 values normalized against each
article's creation time (DCT): a second set of news dates beside TempEval-3, three times its
size. The corpus ships tokens, not text: the text is rebuilt by joining each sentence's tokens
(no space before punctuation and clitics), the headline first, down to the last annotated
sentence (MEANTIME annotates the first sentences of each article only). The DCT's own date
line is left out, and so are the two articles without a DCT. Scored exactly as
benchmarks/dates_tempeval.py scores TempEval-3 (relaxed overlap detection, value at the gold's
precision, value F1); our extractor runs with weeks=True and no deduplication.

    python benchmarks/dates_meantime.py [--detail]
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.dates_tempeval import Timex, metrics, ours, score, value_equal  # noqa: E402
from benchmarks.meantime import articles, rebuild_text  # noqa: E402


def read_article(path: Path) -> tuple[str, str, list[Timex]] | None:
    """(text, DCT, TIMEX3s with offsets into the text), or None without a DCT."""
    root = ET.parse(path).getroot()
    markables = root.find("Markables")
    timexes = markables.findall("TIMEX3") if markables is not None else []
    dct = next((t for t in timexes if t.get("functionInDocument") == "CREATION_TIME"), None)
    if dct is None or not re.match(r"\d{4}-\d\d-\d\d", dct.get("value", "")):
        return None
    dateline = {a.get("t_id") for a in dct.findall("token_anchor")}
    text, spans = rebuild_text(root, skip=frozenset(dateline))
    out = []
    for timex in timexes:
        ids = [a.get("t_id") for a in timex.findall("token_anchor")]
        places = [spans[i] for i in ids if i in spans]
        if timex is dct or not places:
            continue
        start, end = min(s for s, _ in places), max(e for _, e in places)
        out.append(Timex(start, end, timex.get("type", ""), timex.get("value", "")))
    return text, dct.get("value")[:10], out


def main() -> None:
    from pressextract.config import load_pipeline
    from pressextract.nlp.build import build_nlp

    detail = "--detail" in sys.argv
    nlp = build_nlp(load_pipeline("default", search_dirs=(REPO / "pipelines",)))
    totals = [0] * 5
    files = articles()
    read = 0
    for path in files:
        article = read_article(path)
        if article is None:
            continue
        read += 1
        text, dct, timexes = article
        preds = ours(nlp, text, dct)
        totals = [a + b for a, b in zip(totals, score(preds, timexes), strict=True)]
        if detail:
            _print_errors(path.name, text, dct, preds, timexes)
    gold = totals[2]
    p, r, f, acc, vf = metrics(*totals)
    print(f"MEANTIME English: {read} articles with a DCT, DATE timexes only, DCT = publication")
    print("date, text down to the last annotated sentence\n")
    print(f"{'system':28} {'P':>6} {'R':>6} {'F1':>6} {'norm.acc':>9} {'value F1':>9}")
    print(
        f"{'pressextract':28} {100 * p:6.1f} {100 * r:6.1f} {100 * f:6.1f}"
        f" {100 * acc:9.1f} {100 * vf:9.1f}"
    )
    print(f"\n(gold DATE timexes: {gold})")


def _print_errors(name: str, text: str, dct: str, preds, timexes: list[Timex]) -> None:  # type: ignore[no-untyped-def]
    """Misses, wrong values and false alarms of one article (--detail)."""
    lines = []
    for t in (t for t in timexes if t.type == "DATE"):
        hits = [p for p in preds if p[0] < t.end and t.start < p[1]]
        if not hits:
            lines.append(f"  miss  {text[t.start : t.end]!r} {t.value}")
        elif not any(value_equal(t.value, v) for p in hits for v in p[2]):
            lines.append(f"  value {text[t.start : t.end]!r} gold {t.value} ours {hits[0][2]}")
    for s, e, values in preds:
        if not any(s < t.end and t.start < e for t in timexes):
            lines.append(f"  false {text[s:e]!r} {values}  ...{text[max(0, s - 50) : e + 30]!r}")
    if lines:
        print(f"## {name} (DCT {dct})", *lines, sep="\n")


if __name__ == "__main__":
    main()
