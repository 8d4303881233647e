"""What a session amounted to: per exercise, planned against done. History stores this.

The one definition of a completed session lives here: at least COMPLETED_SHARE of the
planned work seconds done. Each step counts at most its planned seconds, so a step
restarted or lengthened does not make up for moves skipped. The summary, the record,
the streak and the words said at the end all read `Summary.completed`.

A session that resumes an earlier one (`Earlier`) counts the earlier part's seconds on
each step with its own, still at most the step's planned seconds: the step it stopped
in, done again from its start, is not counted twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from postrun.plan import Plan, Step

COMPLETED_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class StepRecord:
    """One step as it went: seconds done, and whether it was skipped."""

    step: Step
    done: float
    skipped: bool


@dataclass(frozen=True, slots=True)
class Earlier:
    """What an earlier session did of this same plan, for the session that resumes it."""

    start: int  # the step to begin at, from its start
    done: tuple[float, ...] = ()  # seconds done on each step of the plan (missing: none)
    record: str = ""  # the store's name for the earlier record, handed back in the summary


@dataclass(frozen=True, slots=True)
class ExerciseRecord:
    """One move as it went, over all its steps."""

    exercise_id: str
    name: str
    planned_seconds: float
    done_seconds: float
    skipped_steps: int
    counted_seconds: float = 0.0  # done, each step at most its planned seconds

    @property
    def done(self) -> bool:
        """Counted as done when at least half its planned work was done."""
        return self.done_seconds >= self.planned_seconds / 2


@dataclass(frozen=True, slots=True)
class Summary:
    """What a session amounted to, as the summary and history keep it."""

    routine_id: str
    minutes: int
    profile: str
    planned_seconds: int
    active_seconds: float
    completed: bool
    pauses: int
    skipped_steps: int
    exercises: tuple[ExerciseRecord, ...]
    walk_minutes: int = 0
    stopped_at: int = 0  # the step it ended in: a resume begins there
    ended_early: bool = False  # before the plan ran out: q, ctrl+c, a signal, a crash
    step_done: tuple[float, ...] = ()  # each step's counted seconds, earlier parts in
    fingerprint: str = ""  # the plan's (Plan.fingerprint): a resume needs the same plan
    resumes: str = ""  # Earlier.record, when this session resumed one
    # What a plan made for a run (`compose`) was made of, to make it again; seed -1: none.
    focus: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    seed: int = -1

    @property
    def planned_work_seconds(self) -> float:
        return sum(e.planned_seconds for e in self.exercises)

    @property
    def counted_seconds(self) -> float:
        return round(sum(e.counted_seconds for e in self.exercises), 3)

    @property
    def moves_done(self) -> tuple[str, ...]:
        return tuple(e.name for e in self.exercises if e.done)

    @property
    def moves_skipped(self) -> tuple[str, ...]:
        return tuple(e.name for e in self.exercises if not e.done)


def is_completed(exercises: Sequence[ExerciseRecord]) -> bool:
    planned = sum(e.planned_seconds for e in exercises)
    return sum(e.counted_seconds for e in exercises) >= COMPLETED_SHARE * planned


def summarise(
    plan: Plan,
    records: Sequence[StepRecord],
    active: float,
    pauses: int,
    *,
    earlier: Earlier | None = None,
    stopped_at: int = 0,
    ended_early: bool = False,
) -> Summary:
    before = earlier.done[: len(plan.steps)] if earlier else ()
    carried = [StepRecord(plan.steps[i], seconds, False) for i, seconds in enumerate(before)]
    skipped_steps = sum(r.skipped for r in records)
    records = [*carried, *records]
    planned: dict[str, float] = {}
    names: dict[str, str] = {}
    for step in plan.steps:
        if step.is_timed_work:
            planned[step.exercise_id] = planned.get(step.exercise_id, 0) + step.seconds
            names[step.exercise_id] = step.name
    done: dict[str, float] = dict.fromkeys(planned, 0.0)
    skipped: dict[str, int] = dict.fromkeys(planned, 0)
    per_step: dict[Step, float] = {}
    for record in records:
        if record.step.is_timed_work:
            done[record.step.exercise_id] += record.done
            skipped[record.step.exercise_id] += record.skipped
            per_step[record.step] = per_step.get(record.step, 0.0) + record.done
    counted: dict[str, float] = dict.fromkeys(planned, 0.0)
    for step, seconds in per_step.items():
        counted[step.exercise_id] += min(seconds, step.seconds)
    step_done = [round(min(per_step.get(s, 0.0), s.seconds), 3) for s in plan.steps]
    while step_done and not step_done[-1]:
        step_done.pop()  # the steps not reached: a record keeps what was done
    exercises = tuple(
        ExerciseRecord(
            key, names[key], planned[key], round(done[key], 3), skipped[key], counted[key]
        )
        for key in planned
    )
    request = plan.request
    return Summary(
        routine_id=plan.routine.id,
        minutes=plan.minutes,
        profile=plan.settings.profile,
        planned_seconds=plan.total_seconds,
        active_seconds=round(active, 3),
        completed=is_completed(exercises),
        pauses=pauses,
        skipped_steps=skipped_steps,
        exercises=exercises,
        walk_minutes=plan.settings.walk_minutes,
        stopped_at=stopped_at,
        ended_early=ended_early,
        step_done=tuple(step_done),
        fingerprint=plan.fingerprint,
        resumes=earlier.record if earlier else "",
        focus=tuple(sorted(request.focus)) if request else (),
        equipment=tuple(sorted(request.equipment)) if request else (),
        seed=request.seed if request else -1,
    )
