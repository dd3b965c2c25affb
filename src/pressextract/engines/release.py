"""What an engine is given to process: one release, light enough to pickle and send anywhere."""

from __future__ import annotations

from dataclasses import dataclass

from pressextract.known_metadata import KnownMetadata


@dataclass(frozen=True)
class Release:
    """One release to process: where it is, what its bytes hash to, what is known about it."""

    source: str  # path relative to the input folder, '/'-separated
    path: str
    root: str
    content_hash: str
    metadata: KnownMetadata | None = None
    follow_symlinks: bool = False  # read a link whose target lies outside the input folder

    @property
    def metadata_hash(self) -> str:
        return self.metadata.digest() if self.metadata else "-"
