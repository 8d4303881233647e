"""Which stopped session is offered to resume, and the same plan made again to resume it.

The rule, kept here once (`words.RESUME_RULE` says it): the newest record in history is
offered when it ended before its plan ran out, no more than RESUME_WITHIN ago, and no
record resumes it already. A preview is never recorded, so never offered. The plan is
made again from the record (routine, minutes, profile, walk; a session made for a run
is composed again from its run, focus, equipment and seed; the other settings as they
are now) and must have the record's fingerprint: else the offer says why it cannot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from postrun import words
from postrun.content import Catalog
from postrun.models import Routine
from postrun.plan import (
    PROFILES,
    RUN_TYPES,
    Composed,
    NothingToCompose,
    Plan,
    PlanSettings,
    Request,
    compose,
    make_plan,
)
from postrun.session import Earlier
from postrun.store.record import Record
from postrun.store.settings import Settings

RESUME_WITHIN = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Offer:
    """A stopped session to resume: the plan made again, or why it cannot be."""

    record: Record
    plan: Plan | None
    problem: str = ""  # why it cannot be resumed, when `plan` is None
    composed: Composed | None = None  # when it was made for a run: what it is made of

    @property
    def earlier(self) -> Earlier:
        """What the resuming session starts from: the step it stopped in, from its start."""
        return Earlier(self.record.stopped_at, tuple(self.record.step_done), self.record.key)

    @property
    def line(self) -> str:
        """'Resume: Post-run reset, 6:10 of 10:00 done', or why it cannot be."""
        if self.plan is None:
            return words.cannot_resume(self.record.title, self.problem)
        done = self.plan.steps[self.record.stopped_at].start
        return words.resume_offer(self.record.title, done, self.plan.total_seconds)


def stopped(records: Sequence[Record], now: datetime) -> Record | None:
    """The record the rule offers, if any (`records` in any order)."""
    if not records:
        return None
    newest = max(records, key=lambda r: r.ended_at)
    resumed = {r.resumes for r in records if r.resumes}
    if not newest.ended_early or newest.key in resumed or not newest.plan:
        return None
    return newest if now - newest.ended_at <= RESUME_WITHIN else None


def offer(
    records: Sequence[Record], catalog: Catalog, settings: Settings, now: datetime
) -> Offer | None:
    """The offer Home and `postrun start --resume` make, or None."""
    record = stopped(records, now)
    if record is None:
        return None
    composed: Composed | None = None
    if record.run:  # made for a run (`--after`) from every routine: composed again
        if record.seed < 0:
            return Offer(record, None, words.RESUME_COMPOSED)
        composed = _composed_again(record, catalog, settings)
        plan = composed.plan if composed else None
    else:
        routine = catalog.get(record.routine)
        if routine is None:
            return Offer(record, None, words.RESUME_GONE)
        plan = _plan_again(record, routine, settings)
    if plan is None or plan.fingerprint != record.plan or record.stopped_at >= len(plan.steps):
        return Offer(record, None, words.RESUME_CHANGED)
    return Offer(record, plan, composed=composed)


def _plan_settings(record: Record, settings: Settings) -> PlanSettings | None:
    if record.profile not in PROFILES:
        return None
    return settings.plan_settings(profile=record.profile, walk_minutes=record.walk_minutes)


def _plan_again(record: Record, routine: Routine, settings: Settings) -> Plan | None:
    plan_settings = _plan_settings(record, settings)
    if plan_settings is None:
        return None
    try:
        return make_plan(routine, record.minutes, plan_settings)
    except ValueError:  # minutes no plan may have now
        return None


def _composed_again(record: Record, catalog: Catalog, settings: Settings) -> Composed | None:
    plan_settings = _plan_settings(record, settings)
    run = next((run for run in RUN_TYPES if run == record.run), None)
    if plan_settings is None or run is None:
        return None
    request = Request(
        run=run,
        minutes=record.minutes,
        focus=frozenset(record.focus),
        equipment=frozenset(record.equipment),
        left_out=settings.left_out_moves(),  # as they are now, like the other settings
        seed=record.seed,
    )
    routines = list(catalog.routines.values())
    try:
        return compose(routines, request, words.run_wording(run), plan_settings)
    except (NothingToCompose, ValueError):  # its moves are gone, or its minutes
        return None
