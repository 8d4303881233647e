"""`postrun pose`: a routine's figures in braille, for reviewing poses and for docs.

`postrun pose ROUTINE` draws every move; with EXERCISE, that move (each of its positions,
or the one `--position` names). A rep move's key frames stand side by side.
"""

from __future__ import annotations

from collections.abc import Iterator

from postrun.models import Exercise, PositionsExercise, Routine
from postrun.poses import Pose, Side, render

FRAME_GAP = "  "


class PoseRequestError(ValueError):
    """An exercise or position the routine does not have: a usage error."""


def figure_block(
    title: str, figure: tuple[Pose, ...], side: Side, width: int, height: int
) -> list[str]:
    """A title line, then the figure's frames side by side (or a line saying there is none)."""
    if not figure:
        return [f"{title}: no figure"]
    frames = [render(list(figure), width, height, side=side, frame=n) for n in range(len(figure))]
    rows = [FRAME_GAP.join(frame[row] for frame in frames) for row in range(height)]
    count = f", {len(figure)} frames" if len(figure) > 1 else ""
    return [f"{title} ({side} side{count})", *rows]


def pose_text(
    routine: Routine,
    exercise_id: str | None = None,
    position_id: str | None = None,
    *,
    side: Side = "left",
    size: tuple[int, int] = (24, 10),
) -> str:
    blocks = [
        figure_block(title, figure, side, *size)
        for title, figure in _figures(routine, exercise_id, position_id)
    ]
    return "\n\n".join("\n".join(block) for block in blocks)


def _figures(
    routine: Routine, exercise_id: str | None, position_id: str | None
) -> Iterator[tuple[str, tuple[Pose, ...]]]:
    exercises = routine.exercises()
    if exercise_id is not None:
        exercises = [_find(routine, exercise_id)]
    elif position_id is not None:
        raise PoseRequestError("--position needs an EXERCISE")
    for exercise in exercises:
        if not isinstance(exercise, PositionsExercise):
            if position_id is not None:
                raise PoseRequestError(f"'{exercise.id}' has no positions")
            yield exercise.name, exercise.figure
            continue
        positions = exercise.positions
        if position_id is not None:
            positions = [p for p in positions if p.id == position_id]
            if not positions:
                known = ", ".join(p.id for p in exercise.positions)
                raise PoseRequestError(
                    f"no position '{position_id}' in '{exercise.id}' (known: {known})"
                )
        for position in positions:
            yield f"{exercise.name}: {position.name}", position.figure


def _find(routine: Routine, exercise_id: str) -> Exercise:
    for exercise in routine.exercises():
        if exercise.id == exercise_id:
            return exercise
    known = ", ".join(e.id for e in routine.exercises())
    raise PoseRequestError(f"no exercise '{exercise_id}' in '{routine.id}' (known: {known})")
