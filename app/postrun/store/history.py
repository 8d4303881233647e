"""History: one TOML file per session, written as each session ends.

A record is written when a session ends, however it ends. Each is its own file, written
atomically, so two postrun processes never lose each other's records and a damaged
file costs only itself: it is reported by name, left untouched, and the rest load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from postrun import cache, words
from postrun.data import build, dump
from postrun.files import FileProblem, decode, parse_toml, read_bytes, write_atomic
from postrun.printable import printable
from postrun.rules import Invalid, first_problem
from postrun.store.habit import stats
from postrun.store.record import Record

if TYPE_CHECKING:
    from postrun.session import Summary


@dataclass
class Loaded:
    """The records that could be read, and a line for each that could not."""

    records: list[Record] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class History:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def add(self, record: Record) -> Path:
        import secrets  # writing is for the end of a session: a start does not load it

        import tomli_w

        stamp = record.ended_at.strftime("%Y-%m-%dT%H-%M-%S")
        path = self.folder / f"{stamp}-{secrets.token_hex(3)}.toml"
        write_atomic(path, tomli_w.dumps(dump(record)))
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
    """The record in a file, or what is wrong with it (the verdict remembered: `cache`)."""
    raw = read_bytes(path)
    if isinstance(raw, FileProblem):
        return _said(raw)

    def use(verdict: cache.Verdict) -> Record | str:
        if "problem" in verdict:
            return str(verdict["problem"])
        record = build(Record, verdict["record"])
        if not isinstance(record, Record):
            raise TypeError("not a record")
        return record

    return cache.judged("record", path, raw, lambda: _judge(raw), use)


def _judge(raw: bytes) -> cache.Verdict:
    from postrun.validate import validated  # pydantic: only for a record not yet judged

    text = decode(raw)
    data = text if isinstance(text, FileProblem) else parse_toml(text)
    if isinstance(data, FileProblem):
        return {"problem": _said(data)}
    try:
        return {"record": dump(validated(Record, data), json=True)}
    except Invalid as error:
        return {"problem": first_problem(error)}


def _said(problem: FileProblem) -> str:
    return f"{problem.where}: {problem.message}" if problem.where else problem.message


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
