"""Poses from plain data (what tomllib gives), with errors that name the place.

`parse_pose(data, where)` raises `PoseError` (a ValueError, so a pydantic validator can
let it through) whose message starts with the dotted place of the first problem, e.g.
`pose.knee_l: expected [x, y], numbers from 0 to 40 in steps of 0.5`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeGuard, cast

from postrun.poses.model import (
    BOX_PROPS,
    GRID,
    JOINTS,
    REQUIRED_JOINTS,
    ROUND_PROPS,
    VIEWS,
    Point,
    Pose,
    Prop,
    PropKind,
    View,
)

MAX_PROPS = 8
MAX_RADIUS = 10
MAX_NOTE = 200
_NUMBERS = f"numbers from 0 to {GRID} in steps of 0.25"
_POSE_KEYS = ("view", "note", "props", "floor")
_PROP_KINDS = BOX_PROPS + ROUND_PROPS
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


class PoseError(ValueError):
    """A bad pose: `where` is the dotted place, `problem` what is wrong there."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem


def parse_pose(data: object, where: str = "pose") -> Pose:
    """One figure from a table of joints (`head = [x, y]`...), `props`, `view` and `note`."""
    table = _table(data, where)
    unknown = [k for k in table if k not in JOINTS and k not in _POSE_KEYS]
    if unknown:
        raise PoseError(
            _at(where, unknown[0]),
            f"unknown key; a pose has the joints {', '.join(JOINTS)}, and {', '.join(_POSE_KEYS)}",
        )
    missing = [name for name in REQUIRED_JOINTS if name not in table]
    if missing:
        raise PoseError(where, f"missing joints: {', '.join(missing)}")
    joints = {name: _point(table[name], _at(where, name)) for name in JOINTS if name in table}
    view = table.get("view", "side")
    if view not in VIEWS:
        raise PoseError(_at(where, "view"), f"expected one of {', '.join(VIEWS)}")
    note = table.get("note", "")
    if not isinstance(note, str) or len(note) > MAX_NOTE or not note.isprintable():
        raise PoseError(_at(where, "note"), f"expected one line of text, at most {MAX_NOTE}")
    props = _props(table.get("props", []), _at(where, "props"))
    floor = _joint_names(table.get("floor", []), joints, _at(where, "floor"))
    for i, prop in enumerate(props):
        _joint_names(list(prop.touches), joints, _at(where, f"props[{i}].touches"))
    return Pose(joints=joints, props=props, view=cast(View, view), note=note, floor=floor)


def parse_library(data: object, where: str = "") -> dict[str, Pose]:
    """Named poses: a table whose keys are pose names and whose values are poses."""
    table = _table(data, where or "(file)")
    poses: dict[str, Pose] = {}
    for name, value in table.items():
        if not _is_name(name):
            raise PoseError(_at(where, name), "pose names are lowercase letters, digits, dashes")
        poses[name] = parse_pose(value, _at(where, name))
    return poses


def _props(data: object, where: str) -> tuple[Prop, ...]:
    if not isinstance(data, list) or len(data) > MAX_PROPS:
        raise PoseError(where, f"expected a list of at most {MAX_PROPS} props")
    return tuple(_prop(item, f"{where}[{i}]") for i, item in enumerate(data))


def _prop(data: object, where: str) -> Prop:
    table = _table(data, where)
    kind = table.get("kind")
    if kind not in _PROP_KINDS:
        raise PoseError(_at(where, "kind"), f"expected one of {', '.join(_PROP_KINDS)}")
    boxed = kind in BOX_PROPS
    allowed = ("kind", "box", "touches") if boxed else ("kind", "at", "radius", "touches")
    for key in table:
        if key not in allowed:
            shape = "box = [x0, y0, x1, y1]" if boxed else "at = [x, y] and a radius"
            raise PoseError(_at(where, key), f"unknown key; a {kind} has {shape}, and touches")
    touches = table.get("touches", [])
    if not isinstance(touches, list) or not all(isinstance(name, str) for name in touches):
        raise PoseError(_at(where, "touches"), "expected a list of joint names")
    if boxed:
        low, high = _box(table.get("box"), _at(where, "box"))
        return Prop(cast(PropKind, kind), low, high, touches=tuple(touches))
    centre = _point(table.get("at"), _at(where, "at"))
    radius = table.get("radius")
    if not _is_number(radius) or not 0.5 <= radius <= MAX_RADIUS:
        raise PoseError(_at(where, "radius"), f"expected a number from 0.5 to {MAX_RADIUS}")
    return Prop(cast(PropKind, kind), centre, radius=float(radius), touches=tuple(touches))


def _joint_names(data: object, joints: Mapping[str, Point], where: str) -> tuple[str, ...]:
    """What rests on the floor or a prop: names of joints this pose has (or defaults)."""
    if not isinstance(data, list):
        raise PoseError(where, "expected a list of joint names")
    for i, name in enumerate(data):
        # shoulders, hips and the spine fall back to the trunk; a toe does not
        if name not in JOINTS or (name.startswith("toe_") and name not in joints):
            raise PoseError(f"{where}[{i}]", "expected the name of a joint of this pose")
    return tuple(data)


def _box(data: object, where: str) -> tuple[Point, Point]:
    if not isinstance(data, list) or len(data) != 4:
        raise PoseError(where, f"expected [x0, y0, x1, y1], {_NUMBERS}")
    low, high = _point(data[:2], where), _point(data[2:], where)
    if low.x >= high.x or low.y >= high.y:
        raise PoseError(where, "expected the lower left corner, then the upper right")
    return low, high


def _point(data: object, where: str) -> Point:
    if not isinstance(data, list) or len(data) != 2:
        raise PoseError(where, f"expected [x, y], {_NUMBERS}")
    x, y = data
    if not all(_is_number(v) and 0 <= v <= GRID and float(v) * 4 == int(v * 4) for v in (x, y)):
        raise PoseError(where, f"expected [x, y], {_NUMBERS}")
    return Point(float(x), float(y))


def _table(data: object, where: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise PoseError(where, "expected a table")
    return cast(Mapping[str, Any], data)


def _is_number(value: object) -> TypeGuard[int | float]:
    # TOML booleans arrive as bool, which Python counts as int.
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def _is_name(name: str) -> bool:
    return _NAME.match(name) is not None


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
