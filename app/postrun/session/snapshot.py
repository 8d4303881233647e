"""A snapshot: what a view needs to draw the session at one moment (the engine makes it)."""

from __future__ import annotations

from dataclasses import dataclass

from postrun.plan import Step
from postrun.session.transitions import Status


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything a view needs to draw the session at one moment."""

    status: Status
    index: int
    step: Step
    seconds_left: float
    step_seconds: float
    done_seconds: float
    left_seconds: float
    rep: int | None  # reps counted so far, for rep steps
    rep_fraction: float | None  # how far through the current rep, 0-1, for paced reps
    next_step: Step | None  # the next step with work in it (not a pause)
    lead_in_left: float
    breath: tuple[str, float] | None  # ("in", seconds left in this part of the breath)
    next_due: float  # session seconds until something changes: a boundary, a cue, a digit

    @property
    def total_seconds(self) -> float:
        return self.done_seconds + self.left_seconds
