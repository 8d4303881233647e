"""Poses to braille: fit the figure to a box of cells, draw bones, head, props and floor.

`render` is what the screens and the CLI call. A move's key frames share one fit (the
box that holds all of them), so the figure does not jump or change size between frames.
The right side is the left pose mirrored before drawing; the rasteriser's exact
arithmetic makes that the left picture reflected, dot for dot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import pairwise
from typing import Literal

from postrun.poses.model import HEAD_RADIUS, Point, Pose, Prop
from postrun.poses.raster import Canvas

Side = Literal["left", "right"]

# The bones, as chains of joints; optional joints that are absent end a chain early.
# In a side view the right limbs are the far ones, dotted, so that a runner can tell
# which leg is which (prancing feet, walking) when the two overlap.
_CHAINS = (
    (("head", "neck", "spine", "pelvis"), False),
    (("neck", "shoulder_l", "elbow_l", "hand_l"), False),
    (("neck", "shoulder_r", "elbow_r", "hand_r"), True),
    (("pelvis", "hip_l", "knee_l", "foot_l", "toe_l"), False),
    (("pelvis", "hip_r", "knee_r", "foot_r", "toe_r"), True),
)
_OPTIONAL_ENDS = ("toe_l", "toe_r")


def render(
    figure: Pose | Sequence[Pose],
    width: int,
    height: int,
    *,
    side: Side = "left",
    frame: int = 0,
    thick: int | None = None,
) -> list[str]:
    """One frame of a figure in a width x height box of cells: `height` strings of `width`.

    `figure` is one pose or a move's key frames; `frame` picks one (wrapping around).
    `thick` is the line width in dots: by default 2, bold enough to read from the mat,
    or 1 in a box under 6 rows.
    """
    return draw(figure, width, height, side=side, frame=frame, thick=thick).text()


def draw(
    figure: Pose | Sequence[Pose],
    width: int,
    height: int,
    *,
    side: Side = "left",
    frame: int = 0,
    thick: int | None = None,
) -> Canvas:
    """Like `render`, but the dots themselves (for tests and for other ways to show them)."""
    if width < 1 or height < 1:
        raise ValueError(f"a figure needs a box of at least 1x1 cells, not {width}x{height}")
    frames = [figure] if isinstance(figure, Pose) else list(figure)
    if not frames:
        raise ValueError("a figure needs at least one pose")
    if side == "right":
        frames = [pose.mirrored() for pose in frames]
    canvas = Canvas(width * 2, height * 4)
    fit = _Fit.around(frames, canvas)
    pose = frames[frame % len(frames)]
    lines = thick if thick is not None else (2 if height >= 6 else 1)
    for prop in pose.props:
        _draw_prop(canvas, fit, prop, lines)
    if pose.view != "above":
        floor = fit.row(Fraction(0))
        canvas.line(Fraction(0), floor, Fraction(canvas.width - 1), floor, 1)
    _draw_body(canvas, fit, pose, lines)
    return canvas


@dataclass(frozen=True, slots=True)
class _Fit:
    """Grid units to dots: scaled to fill the box, centred across, standing on its bottom."""

    scale: Fraction
    left: Fraction  # the dot column of min_x
    bottom: Fraction  # the dot row of min_y
    min_x: Fraction
    min_y: Fraction

    @classmethod
    def around(cls, frames: Sequence[Pose], canvas: Canvas) -> _Fit:
        points = [p for pose in frames for p in pose.extent()]
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        if any(pose.view != "above" for pose in frames):
            ys.append(Fraction(0))  # the floor is in the picture
        span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
        room_x, room_y = Fraction(canvas.width - 1), Fraction(canvas.height - 1)
        scale = min(room_x / span_x if span_x else room_x, room_y / span_y if span_y else room_y)
        left = (room_x - scale * span_x) / 2
        return cls(scale, left, room_y, min(xs), min(ys))

    def col(self, x: float) -> Fraction:
        return self.left + self.scale * (Fraction(x) - self.min_x)

    def row(self, y: float | Fraction) -> Fraction:
        return self.bottom - self.scale * (Fraction(y) - self.min_y)

    def dots(self, p: Point) -> tuple[Fraction, Fraction]:
        return self.col(p.x), self.row(p.y)


def _draw_body(canvas: Canvas, fit: _Fit, pose: Pose, thick: int) -> None:
    for chain, far in _CHAINS:
        names = [n for n in chain if n in pose.joints or n not in _OPTIONAL_ENDS]
        points = [fit.dots(pose.joint(name)) for name in names]
        dotted = far and pose.view == "side"
        for (x0, y0), (x1, y1) in pairwise(points):
            if (x0, y0) != (x1, y1):
                canvas.line(x0, y0, x1, y1, thick, dotted)
    cx, cy = fit.dots(pose.joint("head"))
    canvas.disc(cx, cy, max(fit.scale * Fraction(HEAD_RADIUS), Fraction(3, 2)))


def _draw_prop(canvas: Canvas, fit: _Fit, prop: Prop, thick: int) -> None:
    x0, y0 = fit.dots(prop.corner)
    if prop.far_corner is None:
        r = fit.scale * Fraction(prop.radius)
        if prop.kind == "ball":
            canvas.disc(x0, y0, r)
        else:
            canvas.ring(x0, y0, r)
        return
    x1, y1 = fit.dots(prop.far_corner)
    if prop.kind in ("wall", "block"):
        canvas.fill(x0, y0, x1, y1)
    elif prop.kind == "table":
        canvas.line(x0, y1, x1, y1, 2)
        canvas.line(x0, y1, x0, y0, thick)
        canvas.line(x1, y1, x1, y0, thick)
    else:  # a step's outline; a mat's is dotted, so that it does not read as a frame
        dotted = prop.kind == "mat"
        for a, b, c, d in ((x0, y0, x1, y0), (x1, y0, x1, y1), (x1, y1, x0, y1), (x0, y1, x0, y0)):
            canvas.line(a, b, c, d, 1, dotted)
