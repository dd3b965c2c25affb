"""Language of a release, with langdetect seeded so the answer is the same on every run."""

from __future__ import annotations

from functools import cache


@cache
def _detector_ready() -> bool:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    return True


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it is too short to tell."""
    sample = text[:3000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    _detector_ready()
    from langdetect import detect
    from langdetect.lang_detect_exception import LangDetectException

    try:
        return detect(sample).split("-")[0]
    except LangDetectException:
        return None
