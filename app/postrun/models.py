"""The content model: what a routine file may say (validated at the edge, `validate`).

A routine is phases of exercises. An exercise is one of five kinds (hold, reps,
positions, breath, walk), optionally done on both sides. A phase may itself be done on
both sides: its whole block on the left leg, then again on the right.
All models are frozen dataclasses, their rules written beside each field (`rules`), and
reject unknown keys, so a typo in a file is an error. Files are
shared between people: every string is plain text, refused if it holds a control character.

Priorities say what a short session keeps: "core" moves carry their phase, "extra" moves
stay when time allows, "optional" ones go first. `stretch` marks the holds that are static
stretches (the 40plus profile holds those longer); planks, releases and rests are not.
`pose` names the figure a move shows: a pose from the bundled library, a pose table of
its own, or a list of either as a rep move's key frames (content/poses/README.md).
"""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Literal

from postrun.rules import After, Before, Chars, Items, Model, Number, Only, Strict, Tagged
from postrun.rules import first_problem as first_problem

if TYPE_CHECKING:
    from postrun.poses import Pose

Id = Annotated[str, Chars(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]  # lowercase, digits, dashes
# One line of plain text; Line may be empty, Text may not; Prose may run over lines.
Line = Annotated[str, Chars(plain="")]
Text = Annotated[str, Chars(strip=True, min_length=1, plain="")]
Prose = Annotated[str, Chars(strip=True, min_length=1, plain="\n")]
Sides = Literal["none", "both"]
Priority = Literal["core", "extra", "optional"]
BreathAction = Literal["in", "hold", "out"]
Seconds = Annotated[int, Number(gt=0, le=3600, strict=True)]
Flag = Annotated[bool, Strict()]


def _check_span(value: tuple[int, int]) -> tuple[int, int]:
    low, high = value
    if low > high:
        raise ValueError(f"the minimum {low} is greater than the maximum {high}")
    return value


# A [min, max] range of whole positive numbers (seconds, reps or rounds).
Span = Annotated[tuple[Seconds, Seconds], After(_check_span)]


def regular_plural(word: str) -> str:
    """The regular English plural of one noun: rep -> reps, press -> presses."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _rep_word(value: object) -> object:
    """One word gets its plural ("prance" -> "prances"); a [singular, plural] pair stays."""
    if isinstance(value, str):
        word = value.strip()
        if not word:
            raise ValueError("must not be empty")
        if any(c.isspace() for c in word):
            raise ValueError(
                f'"{word}" is a phrase: give both forms, e.g. ["circle each way", '
                '"circles each way"]'
            )
        return (word, regular_plural(word))
    if isinstance(value, list | tuple) and len(value) != 2:
        raise ValueError("give one word, or a list of two: [singular, plural]")
    return value


# The noun a coach counts in, singular and plural: ("prance", "prances").
RepWord = Annotated[tuple[Text, Text], Before(_rep_word)]


PoseSource = str | dict[str, Any] | list[str | dict[str, Any]]


def figure_of(source: PoseSource | None) -> tuple["Pose", ...]:
    """The poses a `pose` value names: one, or a rep move's key frames; () for none."""
    if source is None:
        return ()
    from postrun.poses import bundled_library, parse_figure  # drawn when a move is shown

    return tuple(parse_figure(source, bundled_library(), ""))


def _checked_pose(value: Any) -> PoseSource:
    figure_of(value)  # raises, naming the place inside the pose, when it is bad
    return value  # type: ignore[no-any-return]


# Kept as the file gives it (a name, a table, or a list of either), so a model dumps
# and reads back as plain data; `figure` on the model gives the drawn poses.
PoseValue = Annotated[PoseSource, Only(_checked_pose)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Source(Model):
    """The article a routine's facts come from."""

    title: Text
    publisher: Text
    author: Text | None = None
    expert: Text | None = None  # whom the article quotes, as it names them


@dataclass(frozen=True, slots=True, kw_only=True)
class Position(Model):
    """One hold within a multi-position exercise."""

    id: Id
    name: Text
    hold: Span
    # False: held once in the middle of a two-sided exercise (child's pose, centre).
    sided: Flag = True
    priority: Priority = "core"
    stretch: Flag = True
    pose: PoseValue | None = None

    @property
    def figure(self) -> tuple["Pose", ...]:
        return figure_of(self.pose)

    @classmethod
    def _before(cls, data: Any) -> Any:
        # `optional = true` is the older spelling of `priority = "optional"`: files keep working.
        if not isinstance(data, dict) or "optional" not in data:
            return data
        data = dict(data)
        optional = data.pop("optional")
        if "priority" in data:
            raise ValueError(
                'give priority or optional, not both (optional = true is priority = "optional")'
            )
        if not isinstance(optional, bool):
            raise ValueError("optional must be true or false")
        data["priority"] = "optional" if optional else "core"
        return data

    @property
    def optional(self) -> bool:
        """First to go in a short session (what today's planner reads)."""
        return self.priority == "optional"


@dataclass(frozen=True, slots=True, kw_only=True)
class ExerciseBase(Model):
    """What every kind of move says: its name, how to do it, why, what it needs."""

    id: Id
    name: Text
    steps: Annotated[list[Text], Items(1)]
    why: Prose
    focus: list[Text] = field(default_factory=list)
    equipment: list[Text] = field(default_factory=list)
    cautions: list[Text] = field(default_factory=list)
    priority: Priority = "core"
    sides: Sides = "none"
    pose: PoseValue | None = None

    @property
    def figure(self) -> tuple["Pose", ...]:
        return figure_of(self.pose)


@dataclass(frozen=True, slots=True, kw_only=True)
class HoldExercise(ExerciseBase):
    """A move held still (or kept moving) for a time, in rounds."""

    kind: Literal["hold"]
    hold: Span
    rounds: Span = (1, 1)
    # True for timed movements (arm circles): the screen says "keep moving", not "hold".
    moving: Flag = False
    # False for planks, ball releases and rests. A moving hold is never a stretch.
    stretch: Flag = True

    @classmethod
    def _before(cls, data: Any) -> Any:
        if not isinstance(data, dict) or data.get("moving") is not True:
            return data
        if data.get("stretch") is True:
            raise ValueError("a moving hold is not a static stretch: drop stretch = true")
        return {**data, "stretch": False}


@dataclass(frozen=True, slots=True, kw_only=True)
class RepsExercise(ExerciseBase):
    """A move counted in reps at a tempo, each maybe held."""

    kind: Literal["reps"]
    reps: Span
    tempo: Annotated[float, Number(gt=0, le=60, strict=True)]
    rep_hold: Span | None = None
    # Whether the rep_hold is a static stretch (the hip hinge) or not (an ankle drive).
    stretch: Flag = True
    # False: the runner presses enter for each rep instead of following the pace.
    paced: Flag = True
    rep_word: RepWord = ("rep", "reps")
    # True: the count is done one way, then again the other way (hip circles), on each side.
    both_ways: Flag = False


@dataclass(frozen=True, slots=True, kw_only=True)
class PositionsExercise(ExerciseBase):
    """A move through several holds in turn."""

    kind: Literal["positions"]
    positions: Annotated[list[Position], Items(1)]

    def _check(self) -> None:
        _require_unique("position", [p.id for p in self.positions])


@dataclass(frozen=True, slots=True, kw_only=True)
class BreathExercise(ExerciseBase):
    """Breathing in a pattern of in, hold and out, in rounds."""

    kind: Literal["breath"]
    pattern: Annotated[list[tuple[BreathAction, Seconds]], Items(1)]
    rounds: Span
    rep_word: RepWord = ("breath", "breaths")

    @property
    def round_seconds(self) -> int:
        return sum(seconds for _, seconds in self.pattern)


@dataclass(frozen=True, slots=True, kw_only=True)
class WalkExercise(ExerciseBase):
    """An easy walk for a time."""

    kind: Literal["walk"]
    duration: Span


Exercise = Annotated[
    HoldExercise | RepsExercise | PositionsExercise | BreathExercise | WalkExercise,
    Tagged("kind"),
]
EXERCISE_KINDS = ("hold", "reps", "positions", "breath", "walk")


@dataclass(frozen=True, slots=True, kw_only=True)
class Phase(Model):
    """A block of moves with one intent."""

    id: Id
    title: Text
    intent: Text
    # "both": the whole block is done on the left, then again on the right.
    sides: Sides = "none"
    exercises: Annotated[list[Exercise], Items(1)]

    def _check(self) -> None:
        if self.sides == "both":
            for exercise in self.exercises:
                if exercise.sides == "both":
                    raise ValueError(
                        f"exercise '{exercise.id}' has sides = \"both\" inside a phase that "
                        "already repeats on both sides"
                    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Routine(Model):
    """A whole routine file: phases of moves, and where its facts come from."""

    id: Id
    title: Text
    summary: Prose
    source: Source
    focus: Annotated[list[Text], Items(1)]
    equipment: list[Text] = field(default_factory=list)
    cautions: list[Text] = field(default_factory=list)
    phases: Annotated[list[Phase], Items(1)]

    def _check(self) -> None:
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

    def exercises(self) -> list[Exercise]:
        return [e for p in self.phases for e in p.exercises]


def _require_unique(what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(f"duplicate {what} id '{item}'")
        seen.add(item)
