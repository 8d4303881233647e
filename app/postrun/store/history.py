"""History: one TOML file per session, written as each session ends.

A record is written when a session ends, however it ends. Each is its own file, written
atomically, so two postrun processes never lose each other's records and a damaged
file costs only itself: it is reported by name, left untouched, and the rest load.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import tomli_w
from pydantic import ValidationError

from postrun import words
from postrun.files import FileProblem, read_toml, write_atomic
from postrun.models import first_problem
from postrun.printable import printable
from postrun.session import Summary
from postrun.store.record import Record
from postrun.store.stats import stats


@dataclass
class Loaded:
    records: list[Record] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class History:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def add(self, record: Record) -> Path:
        stamp = record.ended_at.strftime("%Y-%m-%dT%H-%M-%S")
        path = self.folder / f"{stamp}-{secrets.token_hex(3)}.toml"
        write_atomic(path, tomli_w.dumps(record.model_dump(mode="python")))
        return path

    def load(self) -> Loaded:
        loaded = Loaded()
        if not self.folder.is_dir():
            return loaded
        for path in sorted(self.folder.glob("*.toml")):
            result = _read_record(path)
            if isinstance(result, Record):
                loaded.records.append(result)
            else:
                problem = f"{path}: damaged history record, left as it is: {result}"
                loaded.problems.append(printable(problem))
        loaded.records.sort(key=lambda r: r.ended_at)
        return loaded


def _read_record(path: Path) -> Record | str:
    """The record in a file, or what is wrong with it."""
    data = read_toml(path)
    if isinstance(data, FileProblem):
        return f"{data.where}: {data.message}" if data.where else data.message
    try:
        return Record.model_validate(data)
    except ValidationError as error:
        return first_problem(error)


def local_now() -> datetime:
    return datetime.now().astimezone()


class Recorder:
    """Saves each session as it ends; says how the week stands against the goal as it is
    when the session ends (the goal is asked for then, so a changed setting counts)."""

    def __init__(
        self,
        history: History,
        title_of: Callable[[str], str],
        now: Callable[[], datetime] = local_now,
    ) -> None:
        self.history = history
        self.title_of = title_of
        self.now = now

    def __call__(self, summary: Summary, weekly_goal: int) -> str:
        """Record `summary`; return the line the summary screen shows."""
        ended = self.now()
        try:
            self.history.add(Record.from_summary(summary, self.title_of(summary.routine_id), ended))
        except OSError as error:
            return f"Could not save to history: {error}"
        s = stats(self.history.load().records, ended.date(), weekly_goal)
        return (
            f"Saved to your history. Streak: {words.days(s.streak_days)}. "
            f"This week: {s.week_sessions} of {weekly_goal}."
        )
