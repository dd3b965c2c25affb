"""The fuzz suite's hypothesis profile: derandomized and bounded, so CI time is predictable.

Every test here takes `settings(FUZZ, max_examples=N)`: the same N examples on every run
(derandomize=True), no example database, no per-example deadline (no wall-clock asserts; the
release's own time limit and a subprocess timeout guard against hangs).
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "pressextract-fuzz",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=100,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
