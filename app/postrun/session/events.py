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


@dataclass(frozen=True)
class Event:
    at: float


@dataclass(frozen=True)
class SessionStarted(Event):
    pass


@dataclass(frozen=True)
class PhaseStarted(Event):
    index: int
    title: str
    intent: str


@dataclass(frozen=True)
class ExerciseStarted(Event):
    exercise_id: str
    name: str


@dataclass(frozen=True)
class StepStarted(Event):
    index: int
    step: Step


@dataclass(frozen=True)
class SwitchSides(Event):
    side: Side
    name: str


@dataclass(frozen=True)
class Countdown(Event):
    remaining: int  # 3, 2, 1


@dataclass(frozen=True)
class Halfway(Event):
    index: int  # the step that is half done


@dataclass(frozen=True)
class RepCounted(Event):
    rep: int
    of: int


@dataclass(frozen=True)
class Paused(Event):
    reason: PauseReason = "user"


@dataclass(frozen=True)
class Resumed(Event):
    lead_in: float


@dataclass(frozen=True)
class Skipped(Event):
    index: int
    seconds_left: float


@dataclass(frozen=True)
class TimeAdded(Event):
    seconds: float


@dataclass(frozen=True)
class SessionFinished(Event):
    completed: bool  # most of the work done: summary.COMPLETED_SHARE
