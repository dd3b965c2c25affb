"""Replace an output file only once its new content is complete on disk."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def _umask() -> int:
    # os.umask can only be read by setting it; set it back at once.
    current = os.umask(0)
    os.umask(current)
    return current


def share_like_open(path: str | Path) -> None:
    """Give `path` the permissions `open()` would have: mkstemp makes files 0600 (owner only),
    which would hide a run's outputs from the analyst's team on a shared folder."""
    os.chmod(path, 0o666 & ~_umask())


@contextmanager
def atomic_writer(
    path: Path, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[str]]:
    """Write to a temporary file beside `path`, then rename it over `path`.

    A crash or an exception inside the block leaves the previous file untouched and no partial
    file behind, because rename within one folder is atomic.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        share_like_open(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, write: Callable[[IO[str]], None], **kwargs: str) -> None:
    """Call `write(handle)` inside an atomic_writer for `path`."""
    with atomic_writer(path, **kwargs) as handle:
        write(handle)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed over it when the block ends without an exception.

    For libraries that write a file themselves (openpyxl, pyarrow); the temporary name keeps the
    extension, since some of them choose the file type by it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=f".tmp{path.suffix}", dir=path.parent
    )
    os.close(fd)
    try:
        yield Path(tmp)
        share_like_open(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
