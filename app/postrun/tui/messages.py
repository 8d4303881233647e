"""Custom messages the screens send each other, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from postrun.plan import Plan


@dataclass
class StartSession(Message):
    """Begin a session with this plan."""

    plan: Plan


class SessionEnded(Message):
    """A session reached its end or was ended with q; the App records it and sums it up."""


class SummaryClosed(Message):
    """The runner has read the summary."""
