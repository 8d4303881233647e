"""A record: one session a person did, as history keeps it.

Validated when read back like a routine file: a record with a naive time, a number that
is not finite or out of range, or a control character in its text is damaged, and is
reported and skipped rather than shown or counted.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from postrun.models import Line
from postrun.session import Summary

MAX_SECONDS = 10**6  # far beyond any session; keeps sums finite however many records
Seconds = Annotated[float, Field(ge=0, le=MAX_SECONDS, allow_inf_nan=False)]
Count = Annotated[int, Field(ge=0, le=MAX_SECONDS)]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    ended_at: AwareDatetime  # local time, with its UTC offset
    routine: Line
    title: Line
    minutes: Count
    profile: Line
    planned_seconds: Count
    done_seconds: Seconds
    completed: bool
    pauses: Count = 0
    skipped_steps: Count = 0
    moves_done: list[Line] = []
    moves_skipped: list[Line] = []

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
        )
