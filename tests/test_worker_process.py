"""A worker process's own settings: speed only, never what a release yields."""

import platform

import pytest

from pressextract.engines.worker import reuse_freed_memory


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_a_worker_keeps_the_memory_it_frees_for_the_next_group_on_glibc():
    assert reuse_freed_memory() is True


def test_keeping_freed_memory_is_asked_for_without_failing_on_any_libc():
    assert reuse_freed_memory() in (True, False)
