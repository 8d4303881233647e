"""Custom messages the screens send each other, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from postrun.plan import Plan

if TYPE_CHECKING:  # Home's first frame loads no session, a start composes nothing
    from postrun.plan import Composed
    from postrun.session import Earlier


@dataclass
class StartSession(Message):
    """Begin a session with this plan (from the step an earlier one stopped in);
    `composed` when it was made for a run."""

    plan: Plan
    earlier: Earlier | None = None
    composed: Composed | None = None


@dataclass
class LeaveOut(Message):
    """`o` on a move: leave it out of sessions made for a run, or bring it back. The App
    saves it; `routine_id` is the plan's (a composed plan's: the App finds the origin)."""

    routine_id: str
    exercise_id: str
    name: str


class SessionEnded(Message):
    """A session reached its end or was ended with q; the App records it and sums it up."""


class SummaryClosed(Message):
    """The runner has read the summary."""
