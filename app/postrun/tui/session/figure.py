"""The pose of the move on screen, in braille, mirrored for the right side.

Drawings come from `tui.figure.figure_text`, the one cache of drawn figures: a rep move's
key frames alternate at its tempo without being drawn again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widget import Widget

from postrun.models import Exercise
from postrun.plan import Step
from postrun.poses import frame_for
from postrun.tui.figure import exercise_figure, figure_text

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
        self._shown = (key, side, frame)
        self._poses, self._side, self._frame = poses, side, frame
        self.refresh()
        return other

    def _has_room(self) -> bool:
        width, height = self.content_size
        return bool(self._poses) and width >= 4 and height >= 3

    def draw_ahead(self) -> None:
        """Draw every key frame of the figure on screen now, between ticks, so that the
        moment a frame changes costs no drawing."""
        if self._has_room():
            width, height = self.content_size
            for frame in range(len(self._poses)):
                figure_text(self._poses, width, height, self._side, frame)

    def render(self) -> Text:
        if not self._has_room():
            return Text("")
        width, height = self.content_size
        return Text(figure_text(self._poses, width, height, self._side, self._frame), end="")
