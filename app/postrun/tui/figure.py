"""A move's figure in braille, sized to its box: drawn once per figure, size, side and frame.

Drawing a figure costs milliseconds (more in a big box), so the text is cached and a
widget draws again only when what it shows or its size changes, never per keypress.
Reading the pose library costs milliseconds too: a move given with `show_move` is
looked up only when its box is on screen, which a small screen never does.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widget import Widget

from postrun.models import Exercise, Position, PositionsExercise

if TYPE_CHECKING:
    from postrun.poses import Pose, Side

MIN_BOX = (12, 5)  # cells: below this a figure does not read
Figure = tuple["Pose", ...]


@lru_cache(maxsize=128)
def figure_text(figure: Figure, width: int, height: int, side: Side, frame: int) -> str:
    from postrun.poses import render  # with the first figure drawn, not at start-up

    return "\n".join(render(list(figure), width, height, side=side, frame=frame))


def _figure_places(exercise: Exercise, position: str | None) -> tuple[Exercise | Position, ...]:
    """Where a move's figure comes from, first choice first: the position of it with
    this name (a step's `position`; a move of positions without one, its first), then
    the move itself."""
    if not isinstance(exercise, PositionsExercise):
        return (exercise,)
    named = [p for p in exercise.positions if p.name == position]
    return ((named or exercise.positions)[0], exercise)


def exercise_figure(exercise: Exercise, position: str | None = None) -> Figure:
    """The figure for a move, or for the position of it with this name; a position
    without a figure shows the move's."""
    return next((f for place in _figure_places(exercise, position) if (f := place.figure)), ())


def has_figure(exercise: Exercise, position: str | None = None) -> bool:
    """Whether `exercise_figure` gives one, read from the routine's own `pose` values:
    no pose library is read and nothing is drawn, so a screen can keep the figure's
    room from its first frame and draw it just after."""
    return any(place.pose is not None for place in _figure_places(exercise, position))


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
        self._move: tuple[Exercise, str | None, Side] | None = None  # asked for by show_move
        self._looked_up = True  # the move's figure is in `_shown`

    def show(self, figure: Figure, side: Side = "left", frame: int = 0) -> None:
        self._move, self._looked_up = None, True
        if (figure, side, frame) != self._shown:
            self._shown = (figure, side, frame)
            self.refresh()

    def show_move(
        self, exercise: Exercise, position: str | None = None, side: Side = "left"
    ) -> None:
        """A move's figure (`exercise_figure`), looked up when the box is next drawn."""
        asked = self._move
        if asked is None or asked[0] is not exercise or asked[1:] != (position, side):
            self._move, self._looked_up = (exercise, position, side), False
            self.refresh()

    @property
    def has_room(self) -> bool:
        width, height = self.content_size
        return width >= MIN_BOX[0] and height >= MIN_BOX[1]

    def render(self) -> Content:
        if not self.has_room:
            return Content("")
        if not self._looked_up and self._move is not None:
            exercise, position, side = self._move
            self._shown, self._looked_up = (exercise_figure(exercise, position), side, 0), True
        figure, side, frame = self._shown
        if not figure:
            return Content("")
        width, height = self.content_size
        return Content(figure_text(figure, width, height, side, frame))
