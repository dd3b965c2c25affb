"""Output files are replaced atomically and readable like any file the user's shell would make."""

from __future__ import annotations

import os
import stat

import pytest

from pressextract.export.atomic import atomic_path, write_atomically


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_a_written_file_has_the_umask_permissions_not_owner_only(tmp_path, umask_022):
    target = tmp_path / "records.jsonl"
    write_atomically(target, lambda out: out.write("{}\n"))
    assert target.read_text() == "{}\n"
    assert mode(target) == 0o644


def test_a_file_written_by_a_library_has_the_umask_permissions(tmp_path, umask_022):
    target = tmp_path / "tables.xlsx"
    with atomic_path(target) as tmp:
        tmp.write_bytes(b"x")
    assert mode(target) == 0o644


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path):
    target = tmp_path / "releases.csv"
    target.write_text("old")

    def explode(out):
        out.write("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, explode)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["releases.csv"]
