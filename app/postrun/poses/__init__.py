"""Stick figures for the moves, drawn in braille (pure: no Textual, Rich or audio).

A pose is a dozen named joints as points on a 40 x 40 grid (x right, y up, floor at
y = 0), plus props (wall, step, table, block, roller, ball), written by hand in TOML:

    [knee-to-chest]
    note = "On the back, one knee hugged in, the other leg long"
    head = [4, 1.5]
    neck = [6, 1]
    ...

`render(poses, width, height, side=, frame=)` gives `height` strings of `width` braille
cells. Figures are drawn for the left side; the right side is the same pose mirrored.
A rep move has two or more key frames; `frame_for` picks one for a moment in a rep.

The rasteriser is our own (`raster.py`, about 130 lines) rather than `drawille`, which
is AGPL-3.0 (postrun is MIT), imports curses at import time, has had no release since
2019, and draws neither thick lines nor circles. Textual canvases would break purity.

Modules: `model` (the data), `parse` (plain data to poses, errors naming the place),
`raster` (dots and braille), `drawing` (poses to dots, `render`), `frames` (key frame
timing), `library` (the bundled poses and which move uses them).
"""

from __future__ import annotations

from postrun.poses.drawing import Side, draw, render
from postrun.poses.frames import frame_at, frame_for
from postrun.poses.library import (
    bundled_figure,
    bundled_library,
    bundled_pose_map,
    load_library,
    load_pose_map,
    resolve,
)
from postrun.poses.model import GRID, JOINTS, Point, Pose, Prop
from postrun.poses.parse import PoseError, parse_library, parse_pose

__all__ = [
    "GRID",
    "JOINTS",
    "Point",
    "Pose",
    "PoseError",
    "Prop",
    "Side",
    "bundled_figure",
    "bundled_library",
    "bundled_pose_map",
    "draw",
    "frame_at",
    "frame_for",
    "load_library",
    "load_pose_map",
    "parse_library",
    "parse_pose",
    "render",
    "resolve",
]
