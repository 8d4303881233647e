"""A record: one session a person did, as history keeps it (validated when read back)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from postrun.session import Summary


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    ended_at: datetime  # local time, with its UTC offset
    routine: str
    title: str
    minutes: int
    profile: str
    planned_seconds: int
    done_seconds: float
    completed: bool
    pauses: int = 0
    skipped_steps: int = 0
    moves_done: list[str] = []
    moves_skipped: list[str] = []

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
