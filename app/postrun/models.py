"""The content model: what a routine file may say, validated by pydantic.

A routine is phases of exercises. An exercise is one of five kinds (hold, reps,
positions, breath, walk), optionally done on both sides. A phase may itself be done on
both sides: its whole block on the left leg, then again on the right.
All models are frozen and reject unknown keys, so a typo in a file is an error. Files are
shared between people: every string is plain text, refused if it holds a control character.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    ValidationError,
    model_validator,
)

from postrun.printable import control_at


def _plain(text: str, allowed: str = "") -> str:
    at = control_at(text, allowed)
    if at is not None:
        raise ValueError(
            f"must be plain text: control character U+{ord(text[at]):04X} at character {at + 1}"
        )
    return text


def _plain_lines(text: str) -> str:
    return _plain(text, allowed="\n")


def first_problem(error: ValidationError) -> str:
    """'key: message' for the first thing wrong with a settings file or a record."""
    errors = error.errors()
    key = ".".join(str(part) for part in errors[0]["loc"]) or "(file)"
    line = f"{key}: {errors[0]['msg'].removeprefix('Value error, ')}"
    return line + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else "")


Id = Annotated[
    str,
    StringConstraints(strict=True, pattern=r"^[a-z0-9][a-z0-9-]{0,62}$"),
    Field(description="lowercase letters, digits and dashes"),
]
# One line of plain text; Line may be empty, Text may not; Prose may run over lines.
Line = Annotated[str, StringConstraints(strict=True), AfterValidator(_plain)]
Text = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1),
    AfterValidator(_plain),
]
Prose = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1),
    AfterValidator(_plain_lines),
]
Sides = Literal["none", "both"]
Priority = Literal["core", "optional"]
BreathAction = Literal["in", "hold", "out"]
Seconds = Annotated[StrictInt, Field(gt=0, le=3600)]


def _check_span(value: tuple[int, int]) -> tuple[int, int]:
    low, high = value
    if low > high:
        raise ValueError(f"the minimum {low} is greater than the maximum {high}")
    return value


# A [min, max] range of whole positive numbers (seconds, reps or rounds).
Span = Annotated[tuple[Seconds, Seconds], AfterValidator(_check_span)]


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(Model):
    """The article a routine's facts come from."""

    title: Text
    publisher: Text
    author: Text | None = None


class Position(Model):
    """One hold within a multi-position exercise."""

    id: Id
    name: Text
    hold: Span
    # False: held once in the middle of a two-sided exercise (child's pose, centre).
    sided: StrictBool = True
    optional: StrictBool = False


class ExerciseBase(Model):
    id: Id
    name: Text
    steps: list[Text] = Field(min_length=1)
    why: Prose
    focus: list[Text] = []
    equipment: list[Text] = []
    priority: Priority = "core"
    sides: Sides = "none"


class HoldExercise(ExerciseBase):
    kind: Literal["hold"]
    hold: Span
    rounds: Span = (1, 1)
    # True for timed movements (arm circles): the screen says "keep moving", not "hold".
    moving: StrictBool = False


class RepsExercise(ExerciseBase):
    kind: Literal["reps"]
    reps: Span
    tempo: Annotated[float, Field(gt=0, le=60, strict=True)]
    rep_hold: Span | None = None
    # False: the runner presses enter for each rep instead of following the pace.
    paced: StrictBool = True


class PositionsExercise(ExerciseBase):
    kind: Literal["positions"]
    positions: list[Position] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_positions(self) -> PositionsExercise:
        _require_unique("position", [p.id for p in self.positions])
        return self


class BreathExercise(ExerciseBase):
    kind: Literal["breath"]
    pattern: list[tuple[BreathAction, Seconds]] = Field(min_length=1)
    rounds: Span

    @property
    def round_seconds(self) -> int:
        return sum(seconds for _, seconds in self.pattern)


class WalkExercise(ExerciseBase):
    kind: Literal["walk"]
    duration: Span


Exercise = Annotated[
    HoldExercise | RepsExercise | PositionsExercise | BreathExercise | WalkExercise,
    Field(discriminator="kind"),
]
EXERCISE_KINDS = ("hold", "reps", "positions", "breath", "walk")


class Phase(Model):
    id: Id
    title: Text
    intent: Text
    # "both": the whole block is done on the left, then again on the right.
    sides: Sides = "none"
    exercises: list[Exercise] = Field(min_length=1)

    @model_validator(mode="after")
    def _no_nested_sides(self) -> Phase:
        if self.sides == "both":
            for exercise in self.exercises:
                if exercise.sides == "both":
                    raise ValueError(
                        f"exercise '{exercise.id}' has sides = \"both\" inside a phase that "
                        "already repeats on both sides"
                    )
        return self


class Routine(Model):
    id: Id
    title: Text
    summary: Prose
    source: Source
    focus: list[Text] = Field(min_length=1)
    equipment: list[Text] = []
    phases: list[Phase] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_ids_and_equipment(self) -> Routine:
        _require_unique("phase", [p.id for p in self.phases])
        _require_unique("exercise", [e.id for p in self.phases for e in p.exercises])
        listed = set(self.equipment)
        for phase in self.phases:
            for exercise in phase.exercises:
                missing = [item for item in exercise.equipment if item not in listed]
                if missing:
                    raise ValueError(
                        f"exercise '{exercise.id}' needs {', '.join(missing)}, "
                        "which the routine's equipment list does not name"
                    )
        return self

    def exercises(self) -> list[Exercise]:
        return [e for p in self.phases for e in p.exercises]


def _require_unique(what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(f"duplicate {what} id '{item}'")
        seen.add(item)
