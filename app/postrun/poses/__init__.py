"""Stick figures for the moves, drawn in braille (pure: no Textual, Rich or audio).

A pose is a dozen named joints as points on a 40 x 40 grid (x right, y up, floor at
y = 0), plus props (wall, step, table, block, mat, roller, ball), written by hand in
TOML (the format: content/poses/README.md):

    [knee-to-chest]
    note = "On the back, left knee hugged to the chest, right leg long"
    head = [2.5, 1.25]
    neck = [4.25, 1.25]
    ...

`render(poses, width, height, side=, frame=)` gives `height` strings of `width` braille
cells. Figures are drawn for the left side; the right side is the same pose mirrored.
A rep move has two or more key frames; `frame_for` picks one for a moment in a rep.

The rasteriser is our own (`raster.py`, 140 lines) rather than `drawille` 0.2.0, which
is AGPL-3.0-or-later (postrun is MIT), imports curses when imported (absent from
Python on Windows), still carries Python 2 code, and draws neither thick lines nor
circles; nor does it round so that a mirrored figure is exact. Textual canvases
(textual-canvas, textual-hires-canvas) are widgets, which the pure core cannot use.

Modules: `model` (the data), `parse` (plain data to poses, errors naming the place),
`raster` (dots and braille), `drawing` (poses to dots, `render`), `frames` (key frame
timing), `library` (the bundled poses; a move's figure as a routine file names it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from postrun import lazy

if TYPE_CHECKING:
    from postrun.poses.drawing import Side, draw, render
    from postrun.poses.frames import frame_at, frame_for
    from postrun.poses.library import bundled_library, load_library, parse_figure, resolve
    from postrun.poses.model import GRID, JOINTS, Point, Pose, Prop
    from postrun.poses.parse import PoseError, parse_library, parse_pose

# Each name is loaded when first asked for: a session's screen times its key frames
# (`frames`) from the start, and reads and draws poses only after its first frame.
_HOMES = {
    "postrun.poses.drawing": ("Side", "draw", "render"),
    "postrun.poses.frames": ("frame_at", "frame_for"),
    "postrun.poses.library": ("bundled_library", "load_library", "parse_figure", "resolve"),
    "postrun.poses.model": ("GRID", "JOINTS", "Point", "Pose", "Prop"),
    "postrun.poses.parse": ("PoseError", "parse_library", "parse_pose"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "GRID",
    "JOINTS",
    "Point",
    "Pose",
    "PoseError",
    "Prop",
    "Side",
    "bundled_library",
    "draw",
    "frame_at",
    "frame_for",
    "load_library",
    "parse_figure",
    "parse_library",
    "parse_pose",
    "render",
    "resolve",
]

__getattr__ = lazy.loader(__name__, _HOME_OF)
