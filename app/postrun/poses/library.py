"""The bundled pose library, and reading a move's figure as a routine file gives it.

`content/poses/library/*.toml` hold named figures (`[happy-baby]`, `[cat]`, `[cow]`),
grouped by posture; many moves recur across routines, so each is drawn once, and a
routine's move names it (`pose = "happy-baby"`, or `pose = ["cow", "cat"]` for key
frames). They sit in a folder of their own because every `content/*.toml` is a routine.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

from postrun import paths
from postrun.cache import Verdict, judged
from postrun.poses.model import Pose
from postrun.poses.parse import PoseError, parse_library, parse_pose

P = TypeVar("P")  # a pose, or its data


def library_dir() -> Path:
    return paths.bundled_content_dir() / "poses" / "library"


def load_library(*files: Path) -> dict[str, Pose]:
    """Every pose in these library files; raises PoseError naming the first bad place."""
    return _merged([(path, _parsed(path, _read_toml(path.read_bytes()))) for path in files])


@cache
def bundled_library() -> Mapping[str, Pose]:
    """The bundled poses, each file's data remembered (`postrun.cache`): TOML costs
    milliseconds, at every start that shows a figure."""
    files = sorted(library_dir().glob("*.toml"))
    return Remembered(_merged([(path, _remembered(path)) for path in files]))


class Remembered(Mapping[str, Pose]):
    """Named poses from data already judged valid, each parsed when first looked up: a
    session shows a few, and parsing all of them cost its first frame 25 M
    instructions (~6 ms)."""

    def __init__(self, tables: Mapping[str, object]) -> None:
        self._tables = tables
        self._poses: dict[str, Pose] = {}

    def __getitem__(self, name: str) -> Pose:
        if name not in self._poses:
            self._poses[name] = parse_pose(self._tables[name], name)
        return self._poses[name]

    def __contains__(self, name: object) -> bool:
        return name in self._tables

    def __iter__(self) -> Iterator[str]:
        return iter(self._tables)

    def __len__(self) -> int:
        return len(self._tables)


def _remembered(path: Path) -> dict[str, object]:
    """The file's poses as plain data, judged valid when first read."""
    raw = path.read_bytes()

    def judge() -> Verdict:
        data = _read_toml(raw)
        _parsed(path, data)  # a bad file raises, and is never remembered
        return {"poses": data}

    return judged("poses", path, raw, judge, lambda verdict: dict(verdict["poses"]))


def _read_toml(raw: bytes) -> dict[str, object]:
    import tomllib  # only for a file not yet remembered

    return tomllib.loads(raw.decode())


def _parsed(path: Path, data: object) -> dict[str, Pose]:
    try:
        return parse_library(data)
    except PoseError as error:
        raise PoseError(f"{path}: {error.where}", error.problem) from None


def _merged(files: list[tuple[Path, dict[str, P]]]) -> dict[str, P]:
    poses: dict[str, P] = {}
    for path, found in files:
        for name, pose in found.items():
            if name in poses:
                raise PoseError(f"{path}: {name}", "another library file has this pose")
            poses[name] = pose
    return poses


def resolve(names: str | Sequence[str], library: Mapping[str, Pose], where: str) -> list[Pose]:
    """The poses a reference names: one name, or a list of key frames."""
    listed = [names] if isinstance(names, str) else list(names)
    if not listed:
        raise PoseError(where, "expected a pose name or a list of them")
    missing = [name for name in listed if name not in library]
    if missing:
        raise PoseError(where, f"no pose named {', '.join(repr(m) for m in missing)}")
    return [library[name] for name in listed]


def parse_figure(value: object, library: Mapping[str, Pose], where: str) -> list[Pose]:
    """A move's figure as a routine file may give it: a pose name, an inline pose table,
    or a list of either as key frames. For a pydantic validator: PoseError is a ValueError."""
    items = value if isinstance(value, list) else [value]
    if not items:
        raise PoseError(where, "expected a pose name, a pose table, or a list of them")
    frames: list[Pose] = []
    for i, item in enumerate(items):
        place = f"{where}[{i}]" if isinstance(value, list) else where
        if isinstance(item, str):
            frames += resolve(item, library, place)
        elif isinstance(item, dict):
            frames.append(parse_pose(item, place))
        else:
            raise PoseError(place, "expected a pose name or a pose table")
    return frames
