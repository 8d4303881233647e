"""What the engine says happened, each stamped with the session time it happened at.

Session time is active time: seconds the session has been running, pauses excluded.
Cues, voice, the plain-text log and history all listen to these; none of them talk back.
"""

from __future__ import annotations

from typing import Literal

from postrun.frozen import frozen
from postrun.plan import Side, Step

# "user"; "gap": the lid was closed or the process stopped; "dialog": a question is up
PauseReason = Literal["user", "gap", "dialog"]


@frozen
class Event:
    """Something that happened, `at` seconds of session time in."""

    at: float


@frozen
class SessionStarted(Event):
    """The session began."""


@frozen
class PhaseStarted(Event):
    """A phase began: its place in the plan, its title and what it is for."""

    index: int
    title: str
    intent: str


@frozen
class ExerciseStarted(Event):
    """A move began (its first step, whichever side)."""

    exercise_id: str
    name: str


@frozen
class StepStarted(Event):
    """A step began: a side, a position, a round, a walk or a breath."""

    index: int
    step: Step


@frozen
class SwitchSides(Event):
    """The same move goes on, on the other side."""

    side: Side
    name: str


@frozen
class Countdown(Event):
    """A step is about to end."""

    remaining: int  # 3, 2, 1


@frozen
class Halfway(Event):
    """A hold long enough to have a halfway is half done."""

    index: int  # the step that is half done


@frozen
class RepCounted(Event):
    """A rep of a paced move is done."""

    rep: int
    of: int


@frozen
class Paused(Event):
    """The clock stopped: by the runner, by a gap in time or for a dialog."""

    reason: PauseReason = "user"


@frozen
class Resumed(Event):
    """The clock runs again, after a lead-in of this many seconds."""

    lead_in: float


@frozen
class Skipped(Event):
    """The runner moved on from a step with this much of it left."""

    index: int
    seconds_left: float


@frozen
class TimeAdded(Event):
    """Seconds added to the step (fewer when negative)."""

    seconds: float


@frozen
class SessionFinished(Event):
    """The session is over, its work done or not."""

    completed: bool  # most of the work done: summary.COMPLETED_SHARE
