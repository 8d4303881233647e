"""The pose of the move on screen, in braille, drawn once per pose, side, frame and size.

Drawing a figure takes tens of milliseconds, so each drawing is kept: a rep move's key
frames alternate at its tempo without being drawn again.
"""

from __future__ import annotations

from collections import OrderedDict

from rich.text import Text
from textual.widget import Widget

from postrun.poses import Pose, Side, render

FigureKey = tuple[str, str | None]  # (exercise id, position): which move's figure
_KEPT = 96  # drawings kept: every frame of several moves at two sizes


class Drawings:
    """Rendered figures by (move, side, frame, width, height), the oldest let go first."""

    def __init__(self) -> None:
        self._kept: OrderedDict[tuple[object, ...], tuple[str, ...]] = OrderedDict()
        self.drawn = 0  # how many times a figure was really drawn (for tests)

    def get(
        self, key: FigureKey, poses: tuple[Pose, ...], side: Side, frame: int, size: tuple[int, int]
    ) -> tuple[str, ...]:
        at = (key, side, frame, size)
        if at in self._kept:
            self._kept.move_to_end(at)
            return self._kept[at]
        self.drawn += 1
        drawing = tuple(render(poses, size[0], size[1], side=side, frame=frame))
        self._kept[at] = drawing
        if len(self._kept) > _KEPT:
            self._kept.popitem(last=False)
        return drawing


class Figure(Widget):
    """One frame of a move's figure, mirrored for the right side."""

    DEFAULT_CSS = "Figure { width: 24; height: 1fr; margin: 0 1; }"

    def __init__(self, drawings: Drawings, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.drawings = drawings
        self._shown: tuple[object, ...] = ()
        self._poses: tuple[Pose, ...] = ()
        self._key: FigureKey = ("", None)
        self._side: Side = "left"
        self._frame = 0

    def show(self, key: FigureKey, poses: tuple[Pose, ...], side: Side, frame: int) -> bool:
        """Show this frame; True when it is another move or side than before."""
        if (key, side, frame) == self._shown:
            return False
        other = self._shown[:2] != (key, side)
        self._shown = (key, side, frame)
        self._key, self._poses, self._side, self._frame = key, poses, side, frame
        self.refresh()
        return other

    def draw_ahead(self) -> None:
        """Draw every key frame of the figure on screen now, between ticks, so that the
        moment a frame changes costs no drawing."""
        width, height = self.content_size
        if self._poses and width >= 4 and height >= 3:
            for frame in range(len(self._poses)):
                self.drawings.get(self._key, self._poses, self._side, frame, (width, height))

    def render(self) -> Text:
        width, height = self.content_size
        if not self._poses or width < 4 or height < 3:
            return Text("")
        size = (width, height)
        return Text(
            "\n".join(self.drawings.get(self._key, self._poses, self._side, self._frame, size)),
            end="",
        )
