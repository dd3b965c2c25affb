"""Texts longer than the model's limit: parsed in chunks on paragraph boundaries, then rejoined.

spaCy refuses a text longer than `nlp.max_length` (error E088) and needs about 1 GB of memory per
100,000 characters for the parser and the entity recognizer. A long release is therefore cut
after a paragraph break ("\\n\\n"), else after a line break, a sentence end or a space, and the
statistical pipes parse each chunk. The chunks end in the whitespace they were cut after, so
`Doc.from_docs` rejoins them into a Doc whose text is the whole text, character for character:
every offset an extractor reports is an offset into the whole text. pressextract's own
components (entity repair, acronyms, ...) then run once on the whole Doc, so an acronym defined
in the first chunk still links its mentions in the last one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

# Where a chunk may end, best first: after the separator (so the chunk keeps its whitespace).
_BREAKS = ("\n\n", "\n", ". ", " ")


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive chunks of `text`, each at most `limit` characters.

    The chunks cover the text exactly, in order. A chunk ends after the last paragraph break
    within the limit; a paragraph longer than the limit ends after a line break, a sentence
    end or a space; text without any of these is cut at the limit.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    bounds = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        end = window_end
        for separator in _BREAKS:
            found = text.rfind(separator, start, window_end)
            # A break in the first half would make tiny chunks: try a weaker break first.
            if found > start and found + len(separator) > start + limit // 2:
                end = found + len(separator)
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def parse(
    nlp: Language,
    text: str,
    *,
    chunk_chars: int,
    own_components: Iterable[str] = (),
    check: Callable[[], None] | None = None,
) -> Doc:
    """`nlp(text)`, or, for a text longer than `chunk_chars` (or `nlp.max_length`), the same Doc
    parsed in chunks. `check()` is called between chunks (the release's deadline)."""
    limit = min(chunk_chars, nlp.max_length)
    if len(text) <= limit:
        return nlp(text)
    own = [name for name in own_components if name in nlp.pipe_names]
    docs = []
    with nlp.select_pipes(disable=own):
        for start, end in chunk_bounds(text, limit):
            if check is not None:
                check()
            docs.append(nlp(text[start:end]))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    for name in own:
        if check is not None:
            check()
        doc = nlp.get_pipe(name)(doc)
    return doc
