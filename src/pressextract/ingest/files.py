"""Finding and reading release files safely: read-only, size-limited, inside the input folder.

- Files are only ever opened for reading, and only regular files (never a FIFO or a device).
- A symbolic link whose target lies outside the input folder is not followed unless the caller
  asks for it (`follow_symlinks`, the CLI's --follow-symlinks); it is still listed, so that the
  run reports it instead of skipping it silently. Links inside the folder are followed (a link to
  a folder inside it is not walked twice).
- A file bigger than the size limit is read up to the limit, with a warning; a PDF or DOCX cut
  short cannot be read at all, so it is refused with a message saying which limit to raise.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pressextract.errors import IngestError

# Formats whose reader needs the whole file (a zip or PDF cut short is unreadable).
WHOLE_FILE_SUFFIXES = (".pdf", ".docx")
_NOT_RELEASES = ("readme", "license", "licence", "changelog", "contributing")


def discover(root: Path, suffixes: tuple[str, ...], *, follow_symlinks: bool = False) -> list[Path]:
    """Release files under `root` (or `root` itself when it is a file), sorted by relative path.

    Also lists the links under `root` that point outside it, when they are not followed, so that
    the caller can report each one.
    """
    root = Path(root)
    if root.is_file():
        return [root] if root.suffix.lower() in suffixes else []
    real_root = root.resolve()
    found: list[Path] = []
    seen_dirs = {real_root}
    for folder, dirs, files in os.walk(root, followlinks=follow_symlinks):
        base = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in list(dirs):
            path = base / name
            if not path.is_symlink():
                continue
            target = path.resolve()
            if is_inside(target, real_root) or target in seen_dirs:
                dirs.remove(name)  # walked at its real place, or a loop
            elif not follow_symlinks:
                dirs.remove(name)
                found.append(path)  # reported by the reader: not followed
            else:
                seen_dirs.add(target)
        for name in files:
            path = base / name
            if name.startswith(".") or name.lower().startswith(_NOT_RELEASES):
                continue
            if path.suffix.lower() in suffixes:
                found.append(path)
    return sorted(found, key=lambda p: source_of(p, root))


def is_inside(path: Path, folder: Path) -> bool:
    """Whether resolved `path` is `folder` or lies under it."""
    return path == folder or folder in path.parents


def source_of(path: Path, root: Path) -> str:
    """The `source` of a release: its path relative to `root`, `/`-separated (links unresolved)."""
    absolute, base = Path(os.path.abspath(path)), Path(os.path.abspath(root))
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return absolute.name


def read_release(
    path: Path, root: Path, *, max_bytes: int | None, follow_symlinks: bool = False
) -> tuple[bytes, tuple[str, ...]]:
    """The bytes of one release file (at most `max_bytes`; None: all) and the warnings given."""
    path = Path(path)
    info = check_readable(path, root, follow_symlinks=follow_symlinks)
    if max_bytes is None:
        return _read(path, -1), ()
    limit_mb = f"{max_bytes / 1_000_000:g} MB"
    size_mb = f"{info.st_size / 1_000_000:.1f} MB"
    if info.st_size > max_bytes and path.suffix.lower() in WHOLE_FILE_SUFFIXES:
        raise IngestError(
            f"file is {size_mb}, over the limit of {limit_mb} ([limits] max_file_mb), and a"
            f" {path.suffix.lower()} file cut short cannot be read: raise the limit to read it"
        )
    data = _read(path, max_bytes + 1)
    if len(data) <= max_bytes:
        return data, ()
    warning = (
        f"file is {size_mb}: only its first {limit_mb} were read ([limits] max_file_mb)"
    )
    return data[:max_bytes], (warning,)


def check_readable(path: Path, root: Path, *, follow_symlinks: bool = False) -> os.stat_result:
    """The file's stat, or an IngestError when it is not to be opened: a link out of the input
    folder (unless followed), a folder, a FIFO or a device, or a file that cannot be seen."""
    path = Path(path)
    if path.is_symlink() or _under_link(path, root):
        target = path.resolve()
        if not follow_symlinks and not is_inside(target, Path(root).resolve()):
            kind = "folder" if target.is_dir() else "file"
            raise IngestError(
                f"symbolic link to a {kind} outside the input folder ({target}): not followed;"
                " pass --follow-symlinks to read it"
            )
    try:
        info = path.stat()
    except OSError as exc:
        raise IngestError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise IngestError(f"{path.name} is {kind}: only regular files are read")
    return info


def _read(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise IngestError(f"cannot read {path.name}: {exc.strerror or exc}") from exc


def _under_link(path: Path, root: Path) -> bool:
    """Whether a folder between `root` and `path` is a symbolic link (a followed folder)."""
    try:
        parts = Path(os.path.abspath(path)).relative_to(Path(os.path.abspath(root))).parts
    except ValueError:
        return False
    folder = Path(os.path.abspath(root))
    for part in parts[:-1]:
        folder = folder / part
        if folder.is_symlink():
            return True
    return False
