"""Dates on TempEval-3 platinum (../shared/benchmarks/tempeval3-platinum), DATE-type TIMEX3 only.

Each document's creation time (DCT) is its publication date. For this project and for bare
`dateparser.search.search_dates` on the same texts it prints:
- detection P/R/F1, relaxed (a prediction and a gold DATE timex overlap); predictions that
  overlap only a non-DATE timex (DURATION/TIME/SET) are not counted either way;
- normalization accuracy: detected gold DATEs whose value we give, compared at the gold's
  precision (gold "2013-03" vs ours "2013-03-21" is equal); quarters -> YYYY-Qn, weeks ->
  YYYY-Www, decades -> 199X; a range matches a gold timex by its start or its end;
- value F1 (TempEval's attribute F1: a true positive needs overlap and the right value),
next to HeidelTime's published TempEval-3 figures (all timex types, see the benchmark README).
Our extractor runs with weeks=True (TimeML annotates weeks) and no deduplication.

    python benchmarks/dates_tempeval.py
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "benchmarks" / "tempeval3-platinum" / "te3-platinum"
ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str


def read_tml(path: Path) -> tuple[str, str, list[Timex]]:
    """(plain text of <TEXT>, DCT value, TIMEX3s with offsets into the text)."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S).group(1)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S).group(1)
    text, timexes, pos, open_timex = [], [], 0, None
    length = 0
    for tag in re.finditer(r"<[^>]+>", body):
        chunk = html.unescape(body[pos : tag.start()])
        text.append(chunk)
        length += len(chunk)
        pos = tag.end()
        name = tag.group(0)
        if name.startswith("<TIMEX3"):
            kind = re.search(r'type="([^"]+)"', name).group(1)
            value = re.search(r'value="([^"]*)"', name)
            open_timex = Timex(length, length, kind, value.group(1) if value else "")
        elif name.startswith("</TIMEX3") and open_timex is not None:
            open_timex.end = length
            timexes.append(open_timex)
            open_timex = None
    text.append(html.unescape(body[pos:]))
    return "".join(text), dct[:10], timexes


def our_values(mention) -> list[str]:  # type: ignore[no-untyped-def]
    """TIMEX-style values of one DateMention (two for a range: start and end)."""
    g = mention.granularity
    if g == "quarter":
        return [f"{mention.start[:4]}-Q{(int(mention.start[5:7]) - 1) // 3 + 1}"]
    if g == "half":
        return [f"{mention.start[:4]}-H{1 if mention.start[5:7] == '01' else 2}"]
    if g == "week":
        year, week, _ = dt.date.fromisoformat(mention.start).isocalendar()
        return [f"{year}-W{week:02d}"]
    if g == "decade":
        return [mention.start[:3] + "X"]
    return [mention.start] if mention.start == mention.end else [mention.start, mention.end]


def value_equal(gold: str, ours: str) -> bool:
    """Equal at the gold's precision."""
    if ISO.match(gold) and ISO.match(ours):
        return len(ours) >= len(gold) and ours[: len(gold)] == gold
    return gold == ours


def score(preds: list[tuple[int, int, list[str]]], timexes: list[Timex]) -> tuple[int, ...]:
    """(pred counted, pred tp, gold, gold detected, gold detected with right value)."""
    dates = [t for t in timexes if t.type == "DATE"]
    others = [t for t in timexes if t.type != "DATE"]
    counted = tp = 0
    for s, e, _ in preds:
        if any(s < t.end and t.start < e for t in dates):
            counted, tp = counted + 1, tp + 1
        elif not any(s < t.end and t.start < e for t in others):
            counted += 1
    detected = right = 0
    for t in dates:
        hits = [p for p in preds if p[0] < t.end and t.start < p[1]]
        if hits:
            detected += 1
            if any(value_equal(t.value, v) for p in hits for v in p[2]):
                right += 1
    return counted, tp, len(dates), detected, right


def ours(nlp, text: str, dct: str) -> list[tuple[int, int, list[str]]]:  # type: ignore[no-untyped-def]
    from pressextract.extractors.dates import DateOptions, extract_dates
    from pressextract.pipeline import document_from_text

    document = document_from_text(text, published=dct)
    options = DateOptions(weeks=True, deduplicate=False)
    return [
        (m.char_start, m.char_end, our_values(m))
        for m in extract_dates(nlp(text), document, options)
    ]


def bare_dateparser(text: str, dct: str) -> list[tuple[int, int, list[str]]]:
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(dct)
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out, cursor = [], 0
    for surface, when in found:
        at = text.find(surface, cursor)
        if at < 0:
            at = text.find(surface)
        if at < 0:
            continue
        cursor = at + len(surface)
        out.append((at, at + len(surface), [when.date().isoformat()]))
    return out


def metrics(
    counted: int, tp: int, gold: int, detected: int, right: int
) -> tuple[float, float, float, float, float]:
    """P, R, F1 of detection, normalization accuracy and value F1 from `score`'s totals."""
    p = tp / counted if counted else 0.0
    r = detected / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = right / detected if detected else 0.0
    vp, vr = (right / counted if counted else 0.0), (right / gold if gold else 0.0)
    vf = 2 * vp * vr / (vp + vr) if vp + vr else 0.0
    return p, r, f, acc, vf


def main() -> None:
    from pressextract.config import load_pipeline
    from pressextract.nlp.build import build_nlp

    nlp = build_nlp(load_pipeline("default", search_dirs=(REPO / "pipelines",)))
    totals = {"pressextract": [0] * 5, "dateparser.search_dates": [0] * 5}
    files = sorted(DATA.glob("*.tml"))
    for path in files:
        text, dct, timexes = read_tml(path)
        for name, preds in (("pressextract", ours(nlp, text, dct)),
                            ("dateparser.search_dates", bare_dateparser(text, dct))):  # fmt: skip
            totals[name] = [a + b for a, b in zip(totals[name], score(preds, timexes), strict=True)]
    print(
        f"TempEval-3 platinum: {len(files)} documents, DATE timexes only, DCT = publication date\n"
    )
    print(f"{'system':28} {'P':>6} {'R':>6} {'F1':>6} {'norm.acc':>9} {'value F1':>9}")
    for name, counts in totals.items():
        p, r, f, acc, vf = metrics(*counts)
        print(
            f"{name:28} {100 * p:6.1f} {100 * r:6.1f} {100 * f:6.1f}"
            f" {100 * acc:9.1f} {100 * vf:9.1f}"
        )
    print(
        f"{'HeidelTime-t (published)':28} {93.08:6.1f} {87.68:6.1f} {90.30:6.1f}"
        f" {'':>9} {77.61:9.1f}"
        "   (all timex types)"
    )
    print(f"\n(gold DATE timexes: {totals['pressextract'][2]})")


if __name__ == "__main__":
    main()
