"""A move's figure in braille, sized to its box: drawn once per figure, size, side and frame.

Drawing a figure costs milliseconds (more in a big box), so the text is cached and a
widget draws again only when what it shows or its size changes, never per keypress.
"""

from __future__ import annotations

from functools import lru_cache

from textual.content import Content
from textual.widget import Widget

from postrun.models import Exercise, PositionsExercise
from postrun.poses import Pose, Side, render

MIN_BOX = (12, 5)  # cells: below this a figure does not read
Figure = tuple[Pose, ...]


@lru_cache(maxsize=128)
def figure_text(figure: Figure, width: int, height: int, side: Side, frame: int) -> str:
    return "\n".join(render(list(figure), width, height, side=side, frame=frame))


def exercise_figure(exercise: Exercise, position: str | None = None) -> Figure:
    """The figure for a move, or for the position of it with this name (a step's
    `position`); a move of positions without one shows its first position, and a
    position without a figure shows the move's."""
    if not isinstance(exercise, PositionsExercise):
        return exercise.figure
    named = [p for p in exercise.positions if p.name == position]
    return (named or exercise.positions)[0].figure or exercise.figure


class FigureView(Widget):
    """A figure filling its box, or nothing when there is none or the box is too small."""

    DEFAULT_CSS = """
    FigureView {
        width: 1fr;
        height: 1fr;
        color: $accent;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._shown: tuple[Figure, Side, int] = ((), "left", 0)

    def show(self, figure: Figure, side: Side = "left", frame: int = 0) -> None:
        if (figure, side, frame) != self._shown:
            self._shown = (figure, side, frame)
            self.refresh()

    @property
    def has_room(self) -> bool:
        width, height = self.content_size
        return width >= MIN_BOX[0] and height >= MIN_BOX[1]

    def render(self) -> Content:
        figure, side, frame = self._shown
        if not figure or not self.has_room:
            return Content("")
        width, height = self.content_size
        return Content(figure_text(figure, width, height, side, frame))
