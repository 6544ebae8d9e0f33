"""The engines the benchmark races, behind one small interface.

The harness only needs four things from an engine — build it (timed), its size on disk, search
one box state, close it — so the project's Whoosh engine and the FTS5 peer sit behind the same
adapter and the replay loop cannot treat them differently by accident.
"""

from __future__ import annotations

import gc
import shutil
import time
from pathlib import Path
from typing import Protocol

from db import Catalogue
from search_index import SearchIndex, build_index
from tests.bench.fts5_peer import Fts5Peer
from tests.bench.language_bench import THESAURUS, load_thesaurus

REPO = Path(__file__).resolve().parents[2]
ENGINE_NAMES: tuple[str, ...] = ("whoosh", "fts5")


class EngineUnavailable(RuntimeError):
    """The engine cannot run here (e.g. its package is not written yet); the message is one line."""


class Engine(Protocol):
    name: str
    build_seconds: float

    @property
    def size_bytes(self) -> int: ...

    def search(self, text: str, limit: int = 20) -> list[str]: ...

    def forget(self) -> None: ...

    def close(self) -> None: ...


def folder_size(folder: Path) -> int:
    """Bytes of every file under `folder`: what the index costs the user's disk."""
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())


class WhooshEngine:
    """The project's own engine (search_index), built and opened exactly as the app does."""

    name = "whoosh"

    def __init__(
        self, index: SearchIndex, catalogue: Catalogue, index_dir: Path, build_seconds: float
    ) -> None:
        self._index = index
        self._catalogue = catalogue
        self.index_dir = Path(index_dir)
        self.build_seconds = build_seconds

    @classmethod
    def build(cls, catalogue_path: Path, index_dir: Path, key_file: Path) -> WhooshEngine:
        """Build a fresh index from the catalogue file (timed from opening it) and open it.

        The catalogue is opened inside the timer, cold, because a user's rebuild also starts by
        reading every entry out of catalogue.sqlite; the 40 s budget is for that whole job.
        """
        index_dir = Path(index_dir)
        if index_dir.exists():
            shutil.rmtree(index_dir)
        index_dir.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        with Catalogue.open(catalogue_path) as catalogue:
            build_index(catalogue, index_dir, key_file)
        seconds = time.perf_counter() - started
        rebuilt: list[str] = []
        catalogue = Catalogue.open(catalogue_path)
        try:
            # the thesaurus is on, as in the app; on WordNet its links name no entry (harmless)
            thesaurus = load_thesaurus(THESAURUS, None)
            index = SearchIndex.open(
                index_dir, catalogue, key_file, thesaurus=thesaurus, on_rebuild=rebuilt.append
            )
        except BaseException:
            catalogue.close()
            raise
        catalogue.entries()
        gc.collect()
        gc.freeze()  # as the app's LoadWorker does once the catalogue is open
        engine = cls(index, catalogue, index_dir, seconds)
        if rebuilt:  # the timed build was not the index we search: the numbers would lie
            engine.close()
            raise EngineUnavailable(f"fresh index was rebuilt on open: {rebuilt[0]}")
        return engine

    @property
    def size_bytes(self) -> int:
        return folder_size(self.index_dir)

    def search(self, text: str, limit: int = 20) -> list[str]:
        result = self._index.search(text, limit=limit)
        return [hit.slug for hit in result.hits]

    def forget(self) -> None:
        """Drop cached results, so a timed query pays for every keystroke it makes."""
        self._index.clear_cache()

    def close(self) -> None:
        self._index.close()
        self._catalogue.close()


def build_engine(name: str, catalogue: Catalogue, work_dir: Path, key_file: Path) -> Engine:
    """Build engine `name` ('whoosh' or 'fts5') for the catalogue, in work_dir/<name>/.

    FTS5 is fed the catalogue's own entries (already read, outside its timer) so both engines
    index the same text; Whoosh reads the catalogue file itself, inside its timer.
    """
    folder = Path(work_dir) / name
    if name == "whoosh":
        return WhooshEngine.build(catalogue.path, folder, key_file)
    if name == "fts5":
        return Fts5Peer.build(catalogue.entries(), folder / "fts5.sqlite")
    raise ValueError(f"unknown engine {name!r}; choose from {', '.join(ENGINE_NAMES)}")
