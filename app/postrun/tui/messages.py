"""Custom messages the screens send each other, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from postrun.plan import Plan
from postrun.session import Summary


@dataclass
class StartSession(Message):
    """Begin a session with this plan."""

    plan: Plan


@dataclass
class SessionEnded(Message):
    """A session finished or was ended early; the summary is what to record."""

    summary: Summary


class SummaryClosed(Message):
    """The runner has read the summary."""
