"""Plain typed data passed between stages, and the JSON contract they produce.

Every dataclass here is frozen: a stage receives data, never mutates what an earlier stage made.
`Record.as_dict()` is the one place where the records.jsonl contract is produced.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place and date that open a release ("WASHINGTON, May 3, 2024 —")."""

    location: str | None
    date: str | None  # ISO YYYY-MM-DD, or None when the dateline gives no date
    text: str = ""  # the dateline as written


@dataclass(frozen=True, slots=True)
class Contact:
    """A media contact from the trailing contact block."""

    name: str | None = None
    organization: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A trailing part of a release that is not the news itself ("About X", "Notes to editors")."""

    kind: str  # "about" | "notes" | "more_information" | "contacts" | "legal" | "other"
    heading: str
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    """A data table of a release (financial results, figures by region), kept out of the body.

    `header` names the columns (empty when the table has no header row); each row has one cell
    per column, as written.
    """

    caption: str | None
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    char_start: int | None = None  # where it stood in the body: after the paragraph before it


@dataclass(frozen=True, slots=True)
class Document:
    """One release after ingest: cleaned text and press-release structure, no NLP yet."""

    id: str
    source: str
    format: str
    title: str | None
    text: str
    published: str | None = None
    dateline: Dateline | None = None
    subtitle: str | None = None
    language: str | None = None
    sections: tuple[Section, ...] = ()
    contacts: tuple[Contact, ...] = ()
    warnings: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()


@dataclass(frozen=True, slots=True)
class DateMention:
    """A reference to a calendar date, month, quarter or year, normalized to ISO."""

    text: str
    start: str
    end: str
    char_start: int | None  # null: found in the headline or standfirst, not in `text`
    char_end: int | None
    granularity: str = "day"  # "day" | "month" | "quarter" | "half" | "year"


@dataclass(frozen=True, slots=True)
class Location:
    """One real-world place, however many times and ways the release names it."""

    name: str
    label: str  # spaCy label of the first mention: GPE | LOC | FAC
    mentions: int
    type: str | None = None  # country | city | region | continent | natural_feature | other
    country_code: str | None = None  # ISO 3166-1 alpha-2
    char_start: int | None = None  # first mention


@dataclass(frozen=True, slots=True)
class Organization:
    """One real-world organization with its acronym when the text or gazetteer gives one."""

    name: str
    acronym: str | None
    mentions: int
    char_start: int | None = None  # first mention


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person (or organization) the release quotes."""

    name: str
    title: str | None = None
    organization: str | None = None
    kind: Literal["person", "organization"] = "person"
    quotes: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation (words in quotation marks) or an indirect one (reported speech)."""

    text: str
    speaker: str | None
    kind: Literal["direct", "indirect"]
    char_start: int | None  # null: found in the headline or standfirst, not in `text`
    char_end: int | None


@dataclass(frozen=True, slots=True)
class Statistic:
    """A numeric fact: the number, what it counts or measures, and how it is qualified."""

    text: str
    value: float
    unit: str | None
    qualifier: str | None
    char_start: int | None  # null: found in the headline or standfirst, not in `text`
    char_end: int | None
    value_max: float | None = None  # upper bound of a range ("10 to 12 days")
    kind: str = "count"  # count | money | percent | measure | duration
    context: str = ""  # the sentence the figure stands in


@dataclass(frozen=True, slots=True)
class Record:
    """Everything extracted from one release."""

    document: Document
    dates: tuple[DateMention, ...] = ()
    locations: tuple[Location, ...] = ()
    organizations: tuple[Organization, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    quotes: tuple[Quote, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The records.jsonl object for this release (see README, "Output contract")."""
        doc = self.document
        return {
            "id": doc.id,
            "source": doc.source,
            "format": doc.format,
            "title": doc.title,
            "subtitle": doc.subtitle,
            "published": doc.published,
            "dateline": _dateline_dict(doc.dateline),
            "language": doc.language,
            "text": doc.text,
            "sections": [asdict(s) for s in doc.sections],
            "contacts": [asdict(c) for c in doc.contacts],
            "warnings": list(doc.warnings),
            "tables": [_table_dict(t) for t in doc.tables],
            "dates": [asdict(d) for d in self.dates],
            "locations": [asdict(x) for x in self.locations],
            "organizations": [asdict(x) for x in self.organizations],
            "speakers": [asdict(x) for x in self.speakers],
            "quotes": [asdict(x) for x in self.quotes],
            "statistics": [_number_dict(x) for x in self.statistics],
            **self.extra,
        }


def _dateline_dict(dateline: Dateline | None) -> dict[str, Any] | None:
    if dateline is None:
        return None
    return {"location": dateline.location, "date": dateline.date, "text": dateline.text}


def _table_dict(table: Table) -> dict[str, Any]:
    return {
        "caption": table.caption,
        "header": list(table.header),
        "rows": [list(row) for row in table.rows],
        "char_start": table.char_start,
    }


def _number_dict(stat: Statistic) -> dict[str, Any]:
    out = asdict(stat)
    # Whole numbers are written as ints so "158 countries" reads 158, not 158.0, in JSON and CSV.
    for key in ("value", "value_max"):
        value = out[key]
        if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            out[key] = int(value)
    return out


FIELDS: tuple[str, ...] = (
    "dates",
    "locations",
    "organizations",
    "speakers",
    "quotes",
    "statistics",
)
