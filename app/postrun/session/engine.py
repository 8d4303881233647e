"""The session state machine: Plan + clock -> snapshots and events.

Time is read from an injected clock and kept as active session time, which stands still
while paused. Each step has an end in active time; what is left is `end - now`, never a
counter, so nothing drifts however irregular the ticks. Boundary events are stamped at
the boundary itself, not at the tick that noticed it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from postrun.clock import Clock
from postrun.plan import Plan, Step
from postrun.session.events import (
    Countdown,
    Event,
    ExerciseStarted,
    Halfway,
    Paused,
    PauseReason,
    PhaseStarted,
    RepCounted,
    Resumed,
    SessionFinished,
    SessionStarted,
    Skipped,
    StepStarted,
    SwitchSides,
    TimeAdded,
)
from postrun.session.summary import StepRecord, Summary, summarise
from postrun.session.transitions import TRANSITIONS, Command, Status

Handler = Callable[[float, float, float], bool]  # (now, active, seconds) -> accepted

GAP_SECONDS = 5.0  # a longer silence between ticks means the laptop slept
BACK_RESTARTS_AFTER = 2.0
MIN_SECONDS_LEFT = 3.0
COUNTDOWN_FROM = 3
HALFWAY_MIN_SECONDS = 30
COUNTDOWN_KINDS = ("hold", "walk", "prepare", "switch")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything a view needs to draw the session at one moment."""

    status: Status
    index: int
    step: Step
    seconds_left: float
    step_seconds: float
    done_seconds: float
    left_seconds: float
    rep: int | None  # reps counted so far, for rep steps
    rep_fraction: float | None  # how far through the current rep, 0-1, for paced reps
    next_step: Step | None  # the next step with work in it (not a pause)
    lead_in_left: float
    breath: tuple[str, float] | None  # ("in", seconds left in this part of the breath)
    next_due: float  # session seconds until something changes: a boundary, a cue, a digit

    @property
    def total_seconds(self) -> float:
        return self.done_seconds + self.left_seconds


class Session:
    def __init__(
        self, plan: Plan, clock: Clock, *, lead_in: float = 3.0, gap_seconds: float = GAP_SECONDS
    ) -> None:
        self.plan = plan
        self._clock = clock
        self._lead_in = lead_in
        self._gap = gap_seconds
        self.status = Status.READY
        self.index = 0
        self._origin = 0.0  # clock time at which active time was 0
        self._frozen = 0.0  # active time while not running
        self._last_seen = 0.0
        self._step_start = 0.0
        self._step_end = float(plan.steps[0].seconds)
        self._marks_done: set[tuple[str, int]] = set()
        self._marks_for: tuple[int, float, float] | None = None  # the step _marks_due is for
        self._marks_due: list[tuple[float, tuple[str, int], Event]] = []
        self._reps = 0
        self._pauses = 0
        self._pause_reason: PauseReason = "user"
        self._records: list[StepRecord] = []
        self._events: list[Event] = []
        self._handlers: dict[Command, Handler] = {
            Command.START: self._start,
            Command.PAUSE: self._pause,
            Command.RESUME: self._resume,
            Command.TOGGLE: self._toggle,
            Command.NEXT: self._next,
            Command.NEXT_EXERCISE: self._next_exercise,
            Command.BACK: self._back,
            Command.ADD_TIME: self._add_time,
            Command.REP_DONE: self._rep_done,
            Command.FINISH: self._end_early,
        }

    # ---- time ----------------------------------------------------------------------

    def _active(self, now: float) -> float:
        if self.status is not Status.RUNNING:
            return self._frozen
        return max(self._frozen, now - self._origin)

    @property
    def finished(self) -> bool:
        return self.status is Status.FINISHED

    @property
    def step(self) -> Step:
        return self.plan.steps[self.index]

    def tick(self) -> Snapshot:
        """Read the clock, run every boundary and mark up to now, and describe the moment."""
        now = self._clock()
        if self.status is Status.RUNNING:
            if now - self._last_seen > self._gap:
                self._freeze(self._active(self._last_seen))
                self._pauses += 1
                self._emit(Paused(self._frozen, reason="gap"))
                self.status = Status.PAUSED
            else:
                self._advance_to(self._active(now))
        self._last_seen = now
        return self._snapshot(now)

    def drain(self) -> list[Event]:
        """The events since the last drain, in the order they happened."""
        events, self._events = self._events, []
        return events

    def _advance_to(self, active: float) -> None:
        while self.status is Status.RUNNING and self._step_end <= active:
            self._marks_until(self._step_end)
            self._next_step(self._step_end, skipped=False)
        if self.status is Status.RUNNING:
            self._marks_until(active)

    def _marks(self) -> list[tuple[float, tuple[str, int], Event]]:
        """The timed events inside the current step: countdown, halfway, paced reps;
        worked out once per step and its times (a long reps step has dozens)."""
        placed = (self.index, self._step_start, self._step_end)
        if placed != self._marks_for:
            self._marks_for, self._marks_due = placed, self._work_out_marks()
        return self._marks_due

    def _work_out_marks(self) -> list[tuple[float, tuple[str, int], Event]]:
        step = self.step
        due: list[tuple[float, tuple[str, int], Event]] = []
        if step.kind in COUNTDOWN_KINDS and step.seconds >= 5:
            for n in range(COUNTDOWN_FROM, 0, -1):
                due.append((self._step_end - n, ("countdown", n), Countdown(self._step_end - n, n)))
        if step.kind == "hold" and step.seconds >= HALFWAY_MIN_SECONDS:
            half = self._step_start + (self._step_end - self._step_start) / 2
            due.append((half, ("halfway", 0), Halfway(half, self.index)))
        if step.kind == "reps" and step.paced and step.reps and step.rep_seconds:
            for k in range(1, step.reps + 1):
                at = self._step_start + k * step.rep_seconds
                due.append((at, ("rep", k), RepCounted(at, k, step.reps)))
        return sorted(due, key=lambda d: d[0])

    def _marks_until(self, active: float) -> None:
        for at, key, event in self._marks():
            if at <= active and at >= self._step_start and key not in self._marks_done:
                self._marks_done.add(key)
                if key[0] == "rep":
                    self._reps = key[1]
                self._emit(event)

    def _next_due(self, active: float) -> float:
        if self.status is not Status.RUNNING:
            return math.inf
        left = self._step_end - active
        due = min(left, left - math.floor(left) or 1.0)  # the step's end, or the next digit
        for at, key, _ in self._marks():
            if at > active and key not in self._marks_done:
                due = min(due, at - active)
                break
        return max(0.0, due)

    def _next_step(self, at: float, *, skipped: bool) -> None:
        self._record(at, skipped)
        if self.index + 1 >= len(self.plan.steps):
            self._finish(at)
            return
        self._enter(self.index + 1, at)

    def _enter(self, index: int, at: float, *, first: bool = False) -> None:
        previous = None if first else self.step
        self.index = index
        step = self.step
        self._step_start, self._step_end = at, at + step.seconds
        self._marks_done, self._reps = set(), 0
        if previous is None or previous.phase_index != step.phase_index:
            phase = self.plan.routine.phases[step.phase_index]
            self._emit(PhaseStarted(at, step.phase_index, phase.title, phase.intent))
        if previous is None or previous.move != step.move:
            self._emit(ExerciseStarted(at, step.exercise_id, step.name))
        self._emit(StepStarted(at, index, step))
        if step.kind == "switch":
            self._emit(SwitchSides(at, step.side, step.name))

    def _record(self, at: float, skipped: bool) -> None:
        self._records.append(StepRecord(self.step, at - self._step_start, skipped))

    def _finish(self, at: float) -> None:
        self._freeze(at)
        self.status = Status.FINISHED
        self._emit(SessionFinished(at, summarise(self.plan, self._records, at, 0).completed))

    def _freeze(self, active: float) -> None:
        self._frozen = active

    def _emit(self, event: Event) -> None:
        self._events.append(event)

    # ---- commands ------------------------------------------------------------------

    def accepts(self, command: Command) -> bool:
        """Would `command` do something now? The footer shows only the keys that would."""
        if TRANSITIONS[self.status][command] is None:
            return False
        step = self.step
        if command is Command.REP_DONE:
            return step.kind == "reps" and not step.paced and bool(step.reps)
        if command is Command.ADD_TIME:
            return step.kind not in ("reps", "breath")  # their time is their pace
        return True

    def command(self, command: Command, seconds: float = 10.0, *, counted: bool = True) -> bool:
        """Apply a command; False when it means nothing in this status or on this step.

        `counted=False` pauses without counting it as the user's pause (a dialog is up).
        """
        if TRANSITIONS[self.status][command] is None:
            return False
        now = self._clock()
        active = self._active(now)
        self._last_seen = now
        if self.status is Status.RUNNING:
            self._advance_to(active)
            if self.finished:
                return True
        if not self.accepts(command):
            return False
        target = TRANSITIONS[self.status][command]
        self._pause_reason = "user" if counted else "dialog"
        accepted = self._handlers[command](now, active, seconds)
        if accepted and not self.finished and target is not None:
            self.status = target
        return accepted

    def _start(self, now: float, active: float, _: float) -> bool:
        self._origin, self._frozen = now, 0.0
        self._emit(SessionStarted(0.0))
        self._enter(0, 0.0, first=True)
        return True

    def _pause(self, now: float, active: float, _: float) -> bool:
        self._freeze(active)
        self._pauses += self._pause_reason == "user"
        self._emit(Paused(active, reason=self._pause_reason))
        return True

    def _resume(self, now: float, active: float, _: float) -> bool:
        self._origin = now + self._lead_in - self._frozen
        self._emit(Resumed(active, self._lead_in))
        return True

    def _toggle(self, now: float, active: float, _: float) -> bool:
        if self.status is Status.READY:
            return self._start(now, active, 0)
        if self.status is Status.RUNNING:
            return self._pause(now, active, 0)
        return self._resume(now, active, 0)

    def _next(self, now: float, active: float, _: float) -> bool:
        self._emit(Skipped(active, self.index, max(0.0, self._step_end - active)))
        self._next_step(active, skipped=True)
        return True

    def _next_exercise(self, now: float, active: float, _: float) -> bool:
        current = self.step.move
        self._next(now, active, 0)
        while self.status is not Status.FINISHED and self.step.move == current:
            self._next(now, active, 0)
        return True

    def _back(self, now: float, active: float, _: float) -> bool:
        restart = active - self._step_start > BACK_RESTARTS_AFTER or self.index == 0
        self._record(active, skipped=False)
        self._enter(self.index if restart else self.index - 1, active)
        return True

    def _add_time(self, now: float, active: float, seconds: float) -> bool:
        left = self._step_end - active
        new_left = (
            left + seconds if seconds > 0 else max(min(left, MIN_SECONDS_LEFT), left + seconds)
        )
        if new_left == left:
            return False
        self._step_end = active + new_left
        self._emit(TimeAdded(active, new_left - left))
        # The step's moments moved with its end: what is now past is not announced late,
        # and the last three seconds always count down, however often time was added.
        for at, key, _ in self._marks():
            if at < active:
                self._marks_done.add(key)
            elif key[0] == "countdown":
                self._marks_done.discard(key)
        return True

    def _rep_done(self, now: float, active: float, _: float) -> bool:
        step = self.step
        self._reps += 1
        self._emit(RepCounted(active, self._reps, step.reps or 0))
        if step.reps and self._reps >= step.reps:
            self._next_step(active, skipped=False)
        return True

    def _end_early(self, now: float, active: float, _: float) -> bool:
        if self.status is not Status.READY:
            self._record(active, skipped=True)
        self._finish(active)
        return True

    # ---- views ---------------------------------------------------------------------

    def _snapshot(self, now: float) -> Snapshot:
        active = self._active(now)
        finished = self.status is Status.FINISHED
        left_in_step = 0.0 if finished else max(0.0, self._step_end - active)
        later = sum(s.seconds for s in self.plan.steps[self.index + 1 :]) if not finished else 0
        lead_in = 0.0
        if self.status is Status.RUNNING and now - self._origin < self._frozen:
            lead_in = self._frozen - (now - self._origin)
        return Snapshot(
            status=self.status,
            index=self.index,
            step=self.step,
            seconds_left=left_in_step,
            step_seconds=self._step_end - self._step_start,
            done_seconds=active,
            left_seconds=left_in_step + later,
            rep=self._reps if self.step.kind == "reps" else None,
            rep_fraction=self._rep_fraction(active),
            next_step=self._next_work(),
            lead_in_left=lead_in,
            breath=self._breath_part(active),
            next_due=lead_in + self._next_due(active),
        )

    def _next_work(self) -> Step | None:
        current = self.step
        for step in self.plan.steps[self.index + 1 :]:
            if step.is_timed_work and step.move != current.move:
                return step
        return None

    def _rep_fraction(self, active: float) -> float | None:
        step = self.step
        if step.kind != "reps" or not step.paced or not step.rep_seconds:
            return None
        return ((active - self._step_start) % step.rep_seconds) / step.rep_seconds

    def _breath_part(self, active: float) -> tuple[str, float] | None:
        if self.step.kind != "breath" or not self.step.breath:
            return None
        cycle = sum(seconds for _, seconds in self.step.breath)
        into = (active - self._step_start) % cycle
        for action, seconds in self.step.breath:
            if into < seconds:
                return action, seconds - into
            into -= seconds
        return None

    def summary(self) -> Summary:
        active = self._active(self._clock())
        return summarise(self.plan, self._records, active, self._pauses)
