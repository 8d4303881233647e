"""Verdicts on the user's and the bundled files, remembered so a start needs no pydantic.

Each file judged (a routine, the settings, a history record) leaves one entry under the
cache dir: the verdict (the validated data, or the problems to report) with the key it
holds for: the file's path, size, mtime and CRC-32, and the schema's version (a CRC-32 of
the names, sizes and mtimes of the modules and pose files that decide what is valid).
A start whose files and schema are unchanged rebuilds the models from the entries and
never imports pydantic.

An entry is never trusted: one that cannot be read, does not parse, fails its seal (a
CRC-32 over key and verdict) or holds for another key is ignored, judged afresh and
written again. A cache that cannot be written is no cache, not an error.

CRC-32, not SHA-256: the checks guard against accident (an edit, a torn write), not an
attacker, who could as well edit the routine. hashlib would cost every session 0.6 MB
of peak memory (OpenSSL's digest tables); zlib is loaded anyway.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar
from zlib import crc32

from postrun import paths
from postrun.files import MAX_BYTES, FileProblem, read_bytes, write_atomic

R = TypeVar("R")
Verdict = dict[str, Any]
PACKAGE = Path(__file__).parent
# What decides whether a file is valid and what is said when it is not: every module
# but the faces (screens, command line), sound and the session, and the pose library.
NOT_DECIDING = ("tui", "cli", "sound", "session")
ENTRY_LIMIT = 16 * MAX_BYTES  # a 1 MiB routine's validated data, with room to spare


@cache
def schema_version() -> str:
    """A hash of everything that decides a verdict: a change to any of it is a new schema.

    Our own files are known by name, size and mtime, as Python knows that a module's
    bytecode is still its source's: reading them all would cost every start 2 ms. (A
    user's file is known by its content too: `key_of`.)"""
    check = 0
    library = paths.bundled_content_dir() / "poses" / "library"
    for entry in [*_deciding_entries(str(PACKAGE)), *_entries(str(library), ".toml")]:
        with contextlib.suppress(OSError):
            info = entry.stat()
            check = crc32(f"{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode(), check)
    return f"{check:08x}"


def deciding_modules() -> list[Path]:
    """Our modules but those in a folder named in `NOT_DECIDING`, in order."""
    return [Path(entry.path) for entry in _deciding_entries(str(PACKAGE))]


def _deciding_entries(folder: str) -> list[os.DirEntry[str]]:
    # Directory entries, not Paths, and no bytecode folders: `Path.rglob` and the
    # Paths it makes took 1.5 ms more at every start.
    found = [] if os.path.basename(folder) in NOT_DECIDING else _entries(folder, ".py")
    with os.scandir(folder) as entries:
        inner = sorted(e.path for e in entries if e.is_dir() and e.name != "__pycache__")
    for path in inner:
        found += _deciding_entries(path)
    return found


def _entries(folder: str, suffix: str) -> list[os.DirEntry[str]]:
    """The files in `folder` whose names end in `suffix`, by name."""
    with os.scandir(folder) as entries:
        return sorted((e for e in entries if e.name.endswith(suffix)), key=lambda e: e.name)


def entry_file(kind: str, path: Path) -> Path:
    """Where the verdict on `path` is kept."""
    name = f"{kind}\0{path.absolute()}"
    return paths.cache_dir() / "verdicts" / f"{kind}-{crc32(name.encode()):08x}.json"


def key_of(kind: str, path: Path, raw: bytes) -> dict[str, Any] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return {
        "kind": kind,
        "path": str(path.absolute()),
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "crc32": crc32(raw),
        "schema": schema_version(),
    }


def _seal(key: dict[str, Any], verdict: Verdict) -> str:
    text = json.dumps([key, verdict], sort_keys=True, separators=(",", ":"))
    return f"{crc32(text.encode()):08x}"


def recall(key: dict[str, Any]) -> Verdict | None:
    """The verdict kept for exactly this key, or None (absent, damaged or stale)."""
    raw = read_bytes(entry_file(key["kind"], Path(key["path"])), ENTRY_LIMIT)
    if isinstance(raw, FileProblem):
        return None
    try:
        entry = json.loads(raw)
        kept, verdict, seal = entry["key"], entry["verdict"], entry["seal"]
    except (ValueError, TypeError, KeyError, RecursionError):
        return None
    if kept != key or not isinstance(verdict, dict) or seal != _seal(kept, verdict):
        return None
    return verdict


def remember(key: dict[str, Any], verdict: Verdict) -> None:
    entry = {"key": key, "verdict": verdict, "seal": _seal(key, verdict)}
    with contextlib.suppress(OSError, ValueError):
        write_atomic(entry_file(key["kind"], Path(key["path"])), json.dumps(entry))


def judged(
    kind: str,
    path: Path,
    raw: bytes,
    judge: Callable[[], Verdict],
    use: Callable[[Verdict], R],
    *,
    fresh: bool = False,
) -> R:
    """`use(verdict)` on the file's bytes: the remembered verdict when it holds, else
    `judge()`'s, remembered for next time. A remembered verdict `use` cannot read is
    damage: judged again. `fresh` judges anyway (`postrun check`)."""
    key = key_of(kind, path, raw)
    verdict = recall(key) if key is not None and not fresh else None
    if verdict is not None:
        try:
            return use(verdict)
        except Exception:  # a damaged entry is ignored, whatever is wrong with it
            pass
    verdict = judge()
    if key is not None:
        remember(key, verdict)
    return use(verdict)
