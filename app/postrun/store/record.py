"""A record: one session a person did, as history keeps it.

Validated when read back like a routine file: a record with a naive time, a number that
is not finite or out of range, or a control character in its text is damaged, and is
reported and skipped rather than shown or counted.

A record also keeps what a resume needs to make the same plan again and begin where it
stopped (walk, the step, each step's seconds done, the plan's fingerprint; for a session
made for a run, its focus, equipment and seed), and which record it resumed, if any. A
record from before these fields loads as one that cannot be resumed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from postrun.models import Line
from postrun.plan import run_of
from postrun.rules import Aware, Model, Number

if TYPE_CHECKING:
    from postrun.session import Summary

MAX_SECONDS = 10**6  # far beyond any session; keeps sums finite however many records
Seconds = Annotated[float, Number(ge=0, le=MAX_SECONDS, finite=True)]
Count = Annotated[int, Number(ge=0, le=MAX_SECONDS)]
Seed = Annotated[int, Number(ge=-1, le=10**18)]  # `--seed` takes up to 18 digits


@dataclass(frozen=True, slots=True, kw_only=True)
class Record(Model):
    """One session, as history keeps it."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "ignore"}

    ended_at: Annotated[datetime, Aware()]  # local time, with its UTC offset
    routine: Line
    title: Line
    minutes: Count
    profile: Line
    planned_seconds: Count
    done_seconds: Seconds
    completed: bool
    pauses: Count = 0
    skipped_steps: Count = 0
    moves_done: list[Line] = dataclasses.field(default_factory=list)
    moves_skipped: list[Line] = dataclasses.field(default_factory=list)
    run: Line = ""  # the run type a composed session was made for (`--after`); older: none
    walk_minutes: Count = 0
    stopped_at: Count = 0  # the step it ended in
    ended_early: bool = False  # before its plan ran out: a resume may finish it
    step_done: list[Seconds] = dataclasses.field(default_factory=list)  # per step, counted
    plan: Line = ""  # the plan's fingerprint (Plan.fingerprint); "" in older records
    resumes: Line = ""  # the `key` of the record this session resumed
    # A session made for a run: what it was made of, to make it again (with `run`,
    # `minutes`, `profile`, `walk_minutes`). seed -1: not made for a run, or older.
    focus: list[Line] = dataclasses.field(default_factory=list)
    equipment: list[Line] = dataclasses.field(default_factory=list)
    seed: Seed = -1

    @property
    def key(self) -> str:
        """Names this record for the one that resumes it: the moment it ended, exactly."""
        return self.ended_at.isoformat()

    @property
    def day(self) -> date:
        return self.ended_at.date()

    @classmethod
    def from_summary(cls, summary: Summary, title: str, ended_at: datetime) -> Record:
        return cls(
            ended_at=ended_at,
            routine=summary.routine_id,
            title=title,
            minutes=summary.minutes,
            profile=summary.profile,
            planned_seconds=summary.planned_seconds,
            done_seconds=summary.active_seconds,
            completed=summary.completed,
            pauses=summary.pauses,
            skipped_steps=summary.skipped_steps,
            moves_done=list(summary.moves_done),
            moves_skipped=list(summary.moves_skipped),
            run=run_of(summary.routine_id) or "",
            walk_minutes=summary.walk_minutes,
            stopped_at=summary.stopped_at,
            ended_early=summary.ended_early,
            step_done=list(summary.step_done),
            plan=summary.fingerprint,
            resumes=summary.resumes,
            focus=list(summary.focus),
            equipment=list(summary.equipment),
            seed=summary.seed,
        )
