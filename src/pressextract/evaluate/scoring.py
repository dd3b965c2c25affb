"""Score predicted records against gold releases: micro-averaged P/R/F1 per field, per-release
misses and false positives, and quote attribution accuracy."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pressextract.evaluate import match as m
from pressextract.evaluate.gold import GoldRelease, release_key
from pressextract.schema import FIELDS as LIST_FIELDS

# The record's list fields, after the single-valued ones (the dateline scored in two parts).
FIELDS: tuple[str, ...] = ("title", "published", "dateline.location", "dateline.date", *LIST_FIELDS)
ATTRIBUTION = "quotes.attribution"
METRICS: tuple[str, ...] = (*FIELDS, ATTRIBUTION)


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted and nothing was missed."""
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find and nothing was invented."""
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """2tp / (2tp + fp + fn); 1.0 when there was nothing to find and nothing was predicted."""
        total = 2 * self.tp + self.fp + self.fn
        return 1.0 if total == 0 else 2 * self.tp / total

    def add(self, other: Counts) -> None:
        """Accumulate another release's counts."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class FieldResult:
    """One field of one release: counts plus the text of what was missed and what was invented."""

    counts: Counts = field(default_factory=Counts)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)


@dataclass
class ReleaseResult:
    """Everything scored for one release (only the fields its gold file gives)."""

    key: str
    source: str
    fields: dict[str, FieldResult] = field(default_factory=dict)
    attribution_correct: int = 0
    attribution_matched: int = 0
    misattributed: list[str] = field(default_factory=list)


@dataclass
class Scores:
    """Scores over all releases that have both gold and a prediction."""

    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    releases: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    attribution_correct: int = 0
    attribution_matched: int = 0
    per_release: list[ReleaseResult] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # gold files with no matching release
    unannotated: list[str] = field(default_factory=list)  # releases with no gold file

    @property
    def attribution(self) -> float | None:
        """Correct speakers / matched quotes (None when no quote matched)."""
        if self.attribution_matched == 0:
            return None
        return self.attribution_correct / self.attribution_matched

    def metrics(self) -> dict[str, float]:
        """F1 per field plus quote attribution accuracy: what thresholds and baselines pin."""
        out = {name: counts.f1 for name, counts in self.fields.items()}
        if self.attribution is not None:
            out[ATTRIBUTION] = self.attribution
        return out

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary and per-release detail."""
        return {
            "fields": {
                name: {
                    "precision": c.precision,
                    "recall": c.recall,
                    "f1": c.f1,
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                    "releases": self.releases[name],
                }
                for name, c in self.fields.items()
            },
            "attribution": {
                "accuracy": self.attribution,
                "correct": self.attribution_correct,
                "matched": self.attribution_matched,
            },
            "releases": [
                {
                    "source": r.source,
                    "fields": {
                        name: {
                            "tp": fr.counts.tp,
                            "fp": fr.counts.fp,
                            "fn": fr.counts.fn,
                            "misses": fr.misses,
                            "false_positives": fr.false_positives,
                        }
                        for name, fr in r.fields.items()
                    },
                    "misattributed": r.misattributed,
                }
                for r in self.per_release
            ],
            "missing": self.missing,
            "unannotated": self.unannotated,
        }


def score(gold: Mapping[str, GoldRelease], predictions: Mapping[str, Mapping[str, Any]]) -> Scores:
    """Score predicted record dicts (records.jsonl objects) against gold releases.

    Gold and predictions are paired by `release_key` of their `source` (basename, `.json`
    extension); a prediction without `source` is paired by its mapping key.
    """
    by_key = {release_key(str(rec.get("source") or key)): rec for key, rec in predictions.items()}
    gold_by_key = {g.key: g for g in gold.values()}
    scores = Scores()
    for key in sorted(gold_by_key):
        g = gold_by_key[key]
        record = by_key.get(key)
        if record is None:
            scores.missing.append(g.source)
            continue
        result = score_release(g, record)
        scores.per_release.append(result)
        for name, fr in result.fields.items():
            scores.fields[name].add(fr.counts)
            scores.releases[name] += 1
        scores.attribution_correct += result.attribution_correct
        scores.attribution_matched += result.attribution_matched
    scores.unannotated = sorted(
        str(rec.get("source") or key) for key, rec in by_key.items() if key not in gold_by_key
    )
    return scores


def score_release(gold: GoldRelease, record: Mapping[str, Any]) -> ReleaseResult:
    """Score one release on the fields its gold file gives."""
    result = ReleaseResult(key=gold.key, source=gold.source)
    keys = gold.keys
    if "title" in keys:
        result.fields["title"] = _single(gold.title, record.get("title"), m.title_match)
    if "published" in keys:
        result.fields["published"] = _single(gold.published, record.get("published"), m.exact_match)
    if "dateline" in keys:
        pred_dl = record.get("dateline") or {}
        gold_dl = gold.dateline
        result.fields["dateline.location"] = _single(
            gold_dl.location if gold_dl else None,
            pred_dl.get("location"),
            lambda a, b: m.location_score(a, b) > 0,
        )
        result.fields["dateline.date"] = _single(
            gold_dl.date if gold_dl else None, pred_dl.get("date"), m.exact_match
        )
    if "dates" in keys:
        result.fields["dates"] = _score_dates(gold, record)
    if "locations" in keys:
        result.fields["locations"] = _score_list(
            gold.locations,
            [_name(x) for x in record.get("locations") or []],
            m.location_score,
            str,
            str,
        )
    if "organizations" in keys:
        result.fields["organizations"] = _score_list(
            gold.organizations,
            [x for x in record.get("organizations") or [] if _name(x) or _get(x, "acronym")],
            lambda g, p: m.organization_score(
                g.name, g.acronym, _name(p) or _get(p, "acronym"), _get(p, "acronym")
            ),
            lambda g: _org_label(g.name, g.acronym),
            lambda p: _org_label(_name(p) or _get(p, "acronym"), _get(p, "acronym")),
        )
    if "speakers" in keys:
        result.fields["speakers"] = _score_list(
            gold.speakers,
            # ANNOTATION.md lists the *persons* quoted; an organization speaker is not one.
            [
                _name(x)
                for x in record.get("speakers") or []
                if _name(x) and (not isinstance(x, dict) or x.get("kind", "person") == "person")
            ],
            lambda g, p: m.speaker_score(g.name, p),
            lambda g: g.name,
            str,
        )
    if "quotes" in keys:
        _score_quotes(gold, record, result)
    if "statistics" in keys:
        result.fields["statistics"] = _score_list(
            gold.statistics,
            list(record.get("statistics") or []),
            lambda g, p: 1.0 if m.statistic_match(g.value, _number(p.get("value"))) else 0.0,
            lambda g: _stat_label(g.text, g.value),
            lambda p: _stat_label(p.get("text") or "", _number(p.get("value"))),
        )
    return result


def _single(gold: str | None, pred: Any, same: Callable[[str, str], bool]) -> FieldResult:
    """A single-valued field as a list of at most one item."""
    pred_value = pred if isinstance(pred, str) and pred.strip() else None
    result = FieldResult()
    if gold is not None and pred_value is not None and same(gold, pred_value):
        result.counts.tp = 1
        return result
    if gold is not None:
        result.counts.fn = 1
        result.misses.append(gold)
    if pred_value is not None:
        result.counts.fp = 1
        result.false_positives.append(pred_value)
    return result


def _score_list(
    gold: Sequence[Any],
    pred: Sequence[Any],
    score_pair: Callable[[Any, Any], float],
    gold_label: Callable[[Any], str],
    pred_label: Callable[[Any], str],
) -> FieldResult:
    return _match_list(gold, pred, score_pair, gold_label, pred_label)[0]


def _match_list(
    gold: Sequence[Any],
    pred: Sequence[Any],
    score_pair: Callable[[Any, Any], float],
    gold_label: Callable[[Any], str],
    pred_label: Callable[[Any], str],
) -> tuple[FieldResult, list[tuple[int, int]]]:
    pairs = m.match_items(gold, pred, score_pair)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    result = FieldResult(
        Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    )
    result.misses = [gold_label(g) for i, g in enumerate(gold) if i not in matched_gold]
    result.false_positives = [pred_label(p) for i, p in enumerate(pred) if i not in matched_pred]
    return result, pairs


def _score_dates(gold: GoldRelease, record: Mapping[str, Any]) -> FieldResult:
    # The publication date is scored as `published`; the gold's value decides which entries are
    # ignored on both sides (the prediction's own published value when the gold gives none).
    published = gold.published if "published" in gold.keys and gold.published else None
    published = published or record.get("published")

    def kept(start: Any, end: Any) -> bool:
        return not (published and start == published and end == published)

    gold_dates = [d for d in gold.dates if kept(d.start, d.end)]
    pred_dates = [
        d
        for d in record.get("dates") or []
        if d.get("start") and kept(d.get("start"), d.get("end"))
    ]
    return _score_list(
        gold_dates,
        pred_dates,
        lambda g, p: (
            1.0 if (g.start, g.end) == (p.get("start"), p.get("end") or p.get("start")) else 0.0
        ),
        lambda g: _date_label(g.text, g.start, g.end),
        lambda p: _date_label(p.get("text") or "", p["start"], p.get("end") or p["start"]),
    )


def _score_quotes(gold: GoldRelease, record: Mapping[str, Any], result: ReleaseResult) -> None:
    # Gold quotes are direct quotations; reported speech in the prediction is not scored here.
    pred = [
        q
        for q in record.get("quotes") or []
        if (q.get("kind") or "direct") == "direct" and (q.get("text") or "").strip()
    ]
    field_result, pairs = _match_list(
        gold.quotes,
        pred,
        lambda g, p: m.quote_score(g.text, p["text"]),
        lambda g: _quote_label(g.text, g.speaker),
        lambda p: _quote_label(p["text"], p.get("speaker")),
    )
    result.fields["quotes"] = field_result
    for gi, pi in pairs:
        g, p = gold.quotes[gi], pred[pi]
        result.attribution_matched += 1
        if m.speaker_match(g.speaker, p.get("speaker")):
            result.attribution_correct += 1
        else:
            result.misattributed.append(
                f"{_quote_label(g.text, None)}: gold {g.speaker!r}, predicted {p.get('speaker')!r}"
            )


def _get(item: Any, key: str) -> Any:
    return item.get(key) if isinstance(item, Mapping) else None


def _name(item: Any) -> str | None:
    """The name of a predicted location/organization/speaker (a dict, or a bare string)."""
    if isinstance(item, str):
        return item
    name = _get(item, "name")
    return name if isinstance(name, str) and name.strip() else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _org_label(name: str | None, acronym: str | None) -> str:
    if acronym and name and acronym != name:
        return f"{name} ({acronym})"
    return name or acronym or ""


def _date_label(text: str, start: str, end: str) -> str:
    span = start if start == end else f"{start}..{end}"
    return f"{text} [{span}]" if text else f"[{span}]"


def _stat_label(text: str, value: float | None) -> str:
    shown = "?" if value is None else (f"{value:g}" if abs(value) < 1e15 else str(value))
    return f"{text} (= {shown})" if text else f"(= {shown})"


def _quote_label(text: str, speaker: str | None) -> str:
    short = " ".join(text.split())
    short = short if len(short) <= 90 else short[:87] + "..."
    return f"“{short}” ({speaker})" if speaker else f"“{short}”"
