"""Language of a release, with langdetect seeded so the answer is the same on every run."""

from __future__ import annotations

import re
from functools import cache

# Words that only English uses this often; a text dense with them needs no statistical model.
_ENGLISH_FUNCTION_WORDS = frozenset(
    str.split(
        "the and of to is was for that with by said has have are were this from will its be an"
        " which their been who would not or but"
    )
)
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _detector_ready() -> bool:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    return True


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it is too short to tell."""
    # langdetect's cost grows with the text; a few paragraphs decide the language as well.
    sample = text[:1000]
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 5:
        return None
    if len(words) >= 30 and sum(w in _ENGLISH_FUNCTION_WORDS for w in words) >= 0.2 * len(words):
        return "en"
    _detector_ready()
    from langdetect import detect
    from langdetect.lang_detect_exception import LangDetectException

    try:
        # Its cost grows with the text; for the few non-English releases 400 characters decide.
        return detect(sample[:400]).split("-")[0]
    except LangDetectException:
        return None
