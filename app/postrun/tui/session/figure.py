"""The pose of the move on screen, in braille, mirrored for the right side.

Drawings come from `tui.figure.figure_text`, the one cache of drawn figures. The widget
keeps each key frame of the figure on show as rows of `Strip`s (Textual's line API), so
a rep move's key frame change is a swap of the rows that differ: nothing is drawn or laid
out again, and the rows that stay the same are not repainted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from postrun.models import Exercise
from postrun.plan import Step
from postrun.poses import frame_for
from postrun.tui.figure import exercise_figure, figure_text
from postrun.tui.kept import KeptRows

if TYPE_CHECKING:
    from postrun.poses import Pose, Side

FigureKey = tuple[str, str | None]  # (exercise id, position): which move's figure


class Figure(Widget):
    """One frame of a move's figure, mirrored for the right side."""

    DEFAULT_CSS = "Figure { width: 24; height: 1fr; margin: 0 1; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: tuple[object, ...] = ()
        self._poses: tuple[Pose, ...] = ()
        self._side: Side = "left"
        self._frame = 0
        self._poses_of: dict[FigureKey, tuple[Pose, ...]] = {}  # read once per step
        # The rows of each key frame of the figure on show, for what they were made for.
        self._rows: dict[int, tuple[str, ...]] = {}
        self._strips: dict[tuple[int, Style], list[Strip]] = {}
        self._made_for: tuple[object, ...] = ()
        self._drawing: list[Strip] = []  # the strips of the frame being drawn now
        self._kept = KeptRows()
        # Reading the poses and drawing one take longer than the rest of the screen: the
        # first frame goes out without them (its room kept), and the figure comes after.
        self.ready = False
        self.frames = 1  # key frames of the figure on show

    def show_work(self, exercise: Exercise | None, work: Step, motion: float | None) -> None:
        """The figure of this step of work (its position's, else its move's), at this
        point of its motion (0-1 through a rep), mirrored for the right side."""
        if not self.ready:
            return
        key = (work.exercise_id, work.position)
        if key not in self._poses_of:
            self._poses_of[key] = exercise_figure(exercise, work.position) if exercise else ()
        poses = self._poses_of[key]
        self.frames = max(1, len(poses))
        frame = 0 if motion is None else frame_for(motion, self.frames)
        side: Side = "right" if work.side == "right" else "left"
        if self.show(key, poses, side, frame) and len(poses) > 1:
            self.call_after_refresh(self.draw_ahead)

    def show(self, key: FigureKey, poses: tuple[Pose, ...], side: Side, frame: int) -> bool:
        """Show this frame; True when it is another move or side than before."""
        if (key, side, frame) == self._shown:
            return False
        other = self._shown[:2] != (key, side)
        before = None if other else self._rows.get(self._frame)
        self._shown = (key, side, frame)
        self._poses, self._side, self._frame = poses, side, frame
        after = None if other else self.rows(frame)
        if before is None or after is None or len(before) != len(after):
            self.refresh()
        else:  # another key frame of the same figure: only the rows that differ
            width = self.size.width
            changed = [Region(0, y, width, 1) for y, row in enumerate(after) if row != before[y]]
            if changed:
                self.refresh(*changed)
        return other

    @property
    def moving(self) -> bool:
        """Whether the figure on screen shows the rep's motion (more than one key frame)."""
        return self.display and self.frames > 1 and self._has_room()

    def _has_room(self) -> bool:
        width, height = self.content_size
        return bool(self._poses) and width >= 4 and height >= 3

    def rows(self, frame: int) -> tuple[str, ...]:
        """The figure on show at this key frame, drawn to the box as it is now."""
        if not self._has_room():
            return ()
        width, height = self.content_size
        made_for = (self._poses, self._side, width, height)
        if made_for != self._made_for:
            self._made_for = made_for
            self._rows.clear()
            self._strips.clear()
        if frame not in self._rows:
            text = figure_text(self._poses, width, height, self._side, frame)
            self._rows[frame] = tuple(text.split("\n"))
        return self._rows[frame]

    def draw_ahead(self) -> None:
        """Draw every key frame of the figure on screen now, between ticks, so that the
        moment a frame changes costs no drawing."""
        for frame in range(len(self._poses)):
            self.rows(frame)

    def _frame_strips(self, style: Style) -> list[Strip]:
        rows = self.rows(self._frame)
        strips = self._strips.get((self._frame, style))
        if strips is None:
            strips = [
                Strip([Segment(row, style.rich_style_with_offset(0, y))], len(row))
                for y, row in enumerate(rows)
            ]
            self._strips[self._frame, style] = strips
        return strips

    def render_lines(self, crop: Region) -> list[Strip]:
        self._drawing = self._frame_strips(self.visual_style)  # once, not once a row
        return self._kept.lines(self, (self._shown, self._made_for), crop)

    def render_line(self, y: int) -> Strip:
        """Row `y` of the frame on show, made once per frame, size and style."""
        if y < len(self._drawing):
            return self._drawing[y]
        return Strip.blank(self.size.width, self.visual_style.rich_style)
