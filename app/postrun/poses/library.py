"""The bundled pose library and, for now, which bundled move uses which poses.

`content/poses/library/*.toml` hold named figures (`[happy-baby]`, `[cat]`, `[cow]`),
grouped by posture; many moves recur across routines, so each is drawn once.
`content/poses/map.toml` says which routine's exercise or position shows which names;
a list is a rep move's key frames. (They sit in a folder of their own because every
`content/*.toml` is read as a routine.) The map is a stopgap until routine files name
their poses themselves.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from postrun import paths
from postrun.poses.model import Pose
from postrun.poses.parse import PoseError, parse_library, parse_pose

# (routine id, exercise id, position id or "") -> pose names, one per key frame
PoseKey = tuple[str, str, str]


def library_dir() -> Path:
    return paths.bundled_content_dir() / "poses" / "library"


def map_path() -> Path:
    return paths.bundled_content_dir() / "poses" / "map.toml"


def load_library(*files: Path) -> dict[str, Pose]:
    """Every pose in these library files; raises PoseError naming the first bad place."""
    poses: dict[str, Pose] = {}
    for path in files:
        with path.open("rb") as file:
            data = tomllib.load(file)
        try:
            found = parse_library(data)
        except PoseError as error:
            raise PoseError(f"{path}: {error.where}", error.problem) from None
        for name, pose in found.items():
            if name in poses:
                raise PoseError(f"{path}: {name}", "another library file has this pose")
            poses[name] = pose
    return poses


@cache
def bundled_library() -> dict[str, Pose]:
    return load_library(*sorted(library_dir().glob("*.toml")))


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


@cache
def bundled_pose_map() -> dict[PoseKey, tuple[str, ...]]:
    return load_pose_map(map_path())


def bundled_figure(routine: str, exercise: str, position: str = "") -> list[Pose]:
    """A bundled move's key frames, or [] for a move without a pose. For a multi-position
    exercise without a position, its first position's figure."""
    found = bundled_pose_map()
    names = found.get((routine, exercise, position))
    if names is None and not position:
        names = next((v for (r, e, _), v in found.items() if (r, e) == (routine, exercise)), None)
    if names is None:
        return []
    return resolve(names, bundled_library(), f"{routine}.{exercise}")


def load_pose_map(path: Path) -> dict[PoseKey, tuple[str, ...]]:
    """The map file: `[routine]`, then `exercise = "name"` or `["frame", ...]`, or for a
    multi-position exercise a table of `position = "name"`."""
    with path.open("rb") as file:
        data = tomllib.load(file)
    found: dict[PoseKey, tuple[str, ...]] = {}
    for routine, exercises in data.items():
        if not isinstance(exercises, dict):
            raise PoseError(routine, "expected a table of exercises")
        for exercise, value in exercises.items():
            if isinstance(value, dict):
                for position, names in value.items():
                    where = f"{routine}.{exercise}.{position}"
                    found[(routine, exercise, position)] = _names(names, where)
            else:
                found[(routine, exercise, "")] = _names(value, f"{routine}.{exercise}")
    return found


def _names(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise PoseError(where, "expected a pose name or a list of them")
