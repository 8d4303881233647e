"""The pose data: a stick figure as named points on a small grid, plus props.

Points on a grid rather than joint angles, because a person can write and check them
by hand: sketch the figure on squared paper, read off each joint. Angles would need a
chain of sums in the head to know where a foot ends up, and a slip in the hip angle
moves everything below it.

The grid runs x 0..40 to the right and y 0..40 up, with the floor at y = 0. A standing
adult is about 15 units tall (the head's radius is 1.1). Coordinates go in steps of a
quarter: fine enough to draw a body, and binary fractions, so mirroring (40 - x) is exact.

A pose also says what the body rests on (`floor`: joints on the floor; a prop's `touches`:
joints on the prop), so that a test can hold each figure to the ground it claims.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Literal

GRID = 40
HEAD_RADIUS = 1.1
# A point this near a surface rests on it: limbs on the floor are drawn at y = 1 and the
# trunk at 1.25, so that a gap shows between the body and the floor line.
TOUCH = 1.25

# Every figure names these. A side view can put both shoulders on the neck and both
# hips on the pelvis, which is what the optional joints below default to.
REQUIRED_JOINTS = (
    "head",
    "neck",
    "pelvis",
    "elbow_l",
    "hand_l",
    "elbow_r",
    "hand_r",
    "knee_l",
    "foot_l",
    "knee_r",
    "foot_r",
)
# spine: a point in the middle of the back, for a rounded or arched back (cat, fish).
# toe_*: the tip of the foot, for pointed or flexed feet; without it a foot is a point.
OPTIONAL_JOINTS = ("spine", "shoulder_l", "shoulder_r", "hip_l", "hip_r", "toe_l", "toe_r")
JOINTS = REQUIRED_JOINTS + OPTIONAL_JOINTS

Exact = tuple[Fraction, Fraction]  # a point in exact arithmetic, for drawing
View = Literal["side", "front", "above"]
VIEWS: tuple[View, ...] = ("side", "front", "above")
PropKind = Literal["wall", "step", "table", "block", "mat", "roller", "ball"]
# A mat is drawn only as an outline; it shows a figure seen from above is lying down.
BOX_PROPS = ("wall", "step", "table", "block", "mat")
ROUND_PROPS = ("roller", "ball")


@dataclass(frozen=True, slots=True)
class Point:
    """A place on the pose grid."""

    x: float
    y: float

    def mirrored(self) -> Point:
        return Point(GRID - self.x, self.y)

    def exact(self) -> Exact:
        return Fraction(self.x), Fraction(self.y)


@dataclass(frozen=True, slots=True)
class Prop:
    """Something the body uses. Box props have two corners; round ones a centre and radius."""

    kind: PropKind
    corner: Point  # box: lower left; round: the centre
    far_corner: Point | None = None  # box: upper right
    radius: float = 0.0
    touches: tuple[str, ...] = ()  # the joints resting on it (a hand on the wall)

    def mirrored(self) -> Prop:
        if self.far_corner is None:
            return replace(self, corner=self.corner.mirrored())
        low, high = self.corner.mirrored(), self.far_corner.mirrored()
        return replace(self, corner=Point(high.x, low.y), far_corner=Point(low.x, high.y))

    def extent(self) -> list[Exact]:
        """The corners of the space it takes, exactly, for fitting the picture to a box."""
        if self.far_corner is not None:
            return [self.corner.exact(), self.far_corner.exact()]
        return _square(self.corner, Fraction(self.radius))

    def gap(self, p: Point) -> float:
        """How far a point is from the prop's surface (0 on or inside it)."""
        if self.far_corner is None:
            return max(0.0, math.hypot(p.x - self.corner.x, p.y - self.corner.y) - self.radius)
        dx = max(self.corner.x - p.x, 0.0, p.x - self.far_corner.x)
        dy = max(self.corner.y - p.y, 0.0, p.y - self.far_corner.y)
        return math.hypot(dx, dy)


@dataclass(frozen=True, slots=True)
class Pose:
    """One still figure. A move with key frames is a sequence of these."""

    joints: dict[str, Point]
    props: tuple[Prop, ...] = ()
    view: View = "side"
    note: str = ""
    floor: tuple[str, ...] = ()  # the joints resting on the floor

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.joints.items())), self.props, self.view, self.floor))

    def joint(self, name: str) -> Point:
        """A joint, with the optional ones falling back to where a side view puts them."""
        if name in self.joints:
            return self.joints[name]
        if name.startswith("shoulder_"):
            return self.joints["neck"]
        if name.startswith("hip_"):
            return self.joints["pelvis"]
        if name == "spine":
            neck, pelvis = self.joints["neck"], self.joints["pelvis"]
            return Point((neck.x + pelvis.x) / 2, (neck.y + pelvis.y) / 2)
        raise KeyError(name)

    def on_floor(self, name: str) -> bool:
        """Whether a joint is at floor height (a side or front view's floor is y = 0)."""
        return self.view != "above" and self.joint(name).y <= TOUCH

    def on_prop(self, name: str, prop: Prop) -> bool:
        return prop.gap(self.joint(name)) <= TOUCH

    def mirrored(self) -> Pose:
        """The same figure reflected left to right: the right side drawn from the left."""
        return replace(
            self,
            joints={name: p.mirrored() for name, p in self.joints.items()},
            props=tuple(prop.mirrored() for prop in self.props),
        )

    def extent(self) -> list[Exact]:
        """Points around everything that must fit in the picture, the head's circle too."""
        joints = [p.exact() for p in self.joints.values()]
        head = _square(self.joints["head"], Fraction(HEAD_RADIUS))
        return joints + head + [p for prop in self.props for p in prop.extent()]


def _square(centre: Point, r: Fraction) -> list[Exact]:
    x, y = centre.exact()
    return [(x - r, y - r), (x + r, y + r)]
