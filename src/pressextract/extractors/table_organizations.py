"""Companies named in a release's data tables, which the model never reads.

Ingest keeps data tables out of the body text (`Document.tables`), so a partner company named
only in a table ("Partner | Program | Cash Collected") is never an entity. It is still one of
the release's organizations: ANNOTATION.md annotates the release body, tables included. Only a
cell that is a company's name whole counts, by the surest shape a name has: capitalized words
closed by a legal form ("Zorbix BioWorks, Inc.", org_company_forms.is_company_name). A table's
other cells (row labels, segments, regions, column dates) are not read here, and its numbers
stay out of the statistics as before.

The organizations extractor drops the names the body already gives (organizations.py).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from pressextract.nlp.components.org_company_forms import is_company_name
from pressextract.schema import Table

# Forms that also end the names of a company's parts and of table labels ("Parent Company",
# "Total Group", "Consolidated Holdings"): in a cell without a sentence around it, they
# are not evidence enough.
_WEAK_FORMS = frozenset({"company", "group", "holdings"})


@dataclass(frozen=True)
class TableCompany:
    """A company named in table cells: the first spelling, how many cells, where the table is."""

    name: str
    cells: int
    char_start: int | None


def table_companies(tables: Iterable[Table], legal_forms: Collection[str]) -> list[TableCompany]:
    """The companies the cells of `tables` name whole, in order, each spelling once."""
    forms = frozenset(f.lower() for f in legal_forms) - _WEAK_FORMS
    found: dict[str, TableCompany] = {}
    for table in tables:
        for cell in _cells(table):
            words = cell.split()
            if not is_company_name(words, forms):
                continue
            name = _without_article(" ".join(words))
            key = name.lower()
            seen = found.get(key)
            cells = seen.cells + 1 if seen else 1
            start = seen.char_start if seen else table.char_start
            found[key] = TableCompany(seen.name if seen else name, cells, start)
    return list(found.values())


def _cells(table: Table) -> Iterable[str]:
    yield from table.header
    for row in table.rows:
        yield from row


def _without_article(name: str) -> str:
    """ "THE ZORBIX CORP." -> "ZORBIX CORP." (is_company_name reads the name without it)."""
    first, _, rest = name.partition(" ")
    return rest if first.lower() == "the" and rest else name
