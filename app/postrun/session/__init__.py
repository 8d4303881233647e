"""A session: Plan + clock -> snapshots (what to draw) and events (what happened).

`engine` is the state machine, `snapshot` what it says to draw, `transitions` its
status x command table, `events` what it says happened, and `summary` what a session
amounted to. Others import from here.
"""

from postrun.clock import Clock, scaled
from postrun.session.engine import GAP_SECONDS, Session
from postrun.session.events import (
    Countdown,
    Event,
    ExerciseStarted,
    Halfway,
    Paused,
    PauseReason,
    PhaseStarted,
    RepCounted,
    Resumed,
    SessionFinished,
    SessionStarted,
    Skipped,
    StepStarted,
    SwitchSides,
    TimeAdded,
)
from postrun.session.snapshot import Snapshot
from postrun.session.summary import (
    COMPLETED_SHARE,
    Earlier,
    ExerciseRecord,
    StepRecord,
    Summary,
)
from postrun.session.transitions import TRANSITIONS, Command, Status

__all__ = [
    "COMPLETED_SHARE",
    "GAP_SECONDS",
    "TRANSITIONS",
    "Clock",
    "Command",
    "Countdown",
    "Earlier",
    "Event",
    "ExerciseRecord",
    "ExerciseStarted",
    "Halfway",
    "PauseReason",
    "Paused",
    "PhaseStarted",
    "RepCounted",
    "Resumed",
    "Session",
    "SessionFinished",
    "SessionStarted",
    "Skipped",
    "Snapshot",
    "Status",
    "StepRecord",
    "StepStarted",
    "Summary",
    "SwitchSides",
    "TimeAdded",
    "scaled",
]
