"""What the engine says happened, each stamped with the session time it happened at.

Session time is active time: seconds the session has been running, pauses excluded.
Cues, voice, the plain-text log and history all listen to these; none of them talk back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from postrun.plan import Side, Step

# "user"; "gap": the lid was closed or the process stopped; "dialog": a question is up
PauseReason = Literal["user", "gap", "dialog"]


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, `at` seconds of session time in."""

    at: float


@dataclass(frozen=True, slots=True)
class SessionStarted(Event):
    """The session began."""


@dataclass(frozen=True, slots=True)
class PhaseStarted(Event):
    """A phase began: its place in the plan, its title and what it is for."""

    index: int
    title: str
    intent: str


@dataclass(frozen=True, slots=True)
class ExerciseStarted(Event):
    """A move began (its first step, whichever side)."""

    exercise_id: str
    name: str


@dataclass(frozen=True, slots=True)
class StepStarted(Event):
    """A step began: a side, a position, a round, a walk or a breath."""

    index: int
    step: Step


@dataclass(frozen=True, slots=True)
class SwitchSides(Event):
    """The same move goes on, on the other side."""

    side: Side
    name: str


@dataclass(frozen=True, slots=True)
class Countdown(Event):
    """A step is about to end."""

    remaining: int  # 3, 2, 1


@dataclass(frozen=True, slots=True)
class Halfway(Event):
    """A hold long enough to have a halfway is half done."""

    index: int  # the step that is half done


@dataclass(frozen=True, slots=True)
class RepCounted(Event):
    """A rep of a paced move is done."""

    rep: int
    of: int


@dataclass(frozen=True, slots=True)
class Paused(Event):
    """The clock stopped: by the runner, by a gap in time or for a dialog."""

    reason: PauseReason = "user"


@dataclass(frozen=True, slots=True)
class Resumed(Event):
    """The clock runs again, after a lead-in of this many seconds."""

    lead_in: float


@dataclass(frozen=True, slots=True)
class Skipped(Event):
    """The runner moved on from a step with this much of it left."""

    index: int
    seconds_left: float


@dataclass(frozen=True, slots=True)
class TimeAdded(Event):
    """Seconds added to the step (fewer when negative)."""

    seconds: float


@dataclass(frozen=True, slots=True)
class SessionFinished(Event):
    """The session is over, its work done or not."""

    completed: bool  # most of the work done: summary.COMPLETED_SHARE
