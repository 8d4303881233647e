"""What the session screen says at one moment, read from the plan and a snapshot (pure).

The runner is two or three metres away, so the screen says few things, big: the one big
thing (the countdown, a rep count, a breath's phase, or the move to get into), the side,
where they are (move, position, round, rep or breath n of m) and what truly comes next.
This module decides those words and nothing about how they are drawn; the phrases are
`words`', the doses the planner's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from postrun import words
from postrun.plan import Plan, Side, Step
from postrun.session import Snapshot, Status

BigKind = Literal["clock", "count", "breath", "move"]
URGENT_FROM = 3  # the last seconds of a countdown, drawn in another colour
URGENT_KINDS = ("hold", "walk", "prepare", "switch")
MOVING_PERIOD = 4.0  # seconds a moving hold's key frames take to loop (arm circles)


@dataclass(frozen=True, slots=True)
class Reading:
    """What the session screen says at a moment, in words and marks."""

    big: str  # the one big thing: '0:35', '3/15', 'IN', or the coming move's name
    big_short: str  # in its place when the big thing does not fit in big letters
    big_kind: BigKind
    urgent: bool  # the last three seconds: drawn in another colour
    side: Side
    side_big: str  # '← LEFT', 'RIGHT →', 'Switch to your RIGHT side →'; '' for none
    side_short: str  # in its place when that does not fit: 'RIGHT →'
    switching: bool  # a side switch has the screen
    title: str  # the move on screen (the coming one while getting into position)
    phase: str  # 'phase 2 of 3'
    where: str  # 'move 3 of 9 · knee out to the side, 2 of 3 · round 1 of 2'
    doing: str  # 'Hold', 'Breathe in · 3 s', 'Get into position · 5 s', 'Resuming in 3'
    count: str  # 'rep 3 of 15', 'breath 2 of 18'; '' for none
    next: str
    left: str  # '3:20 left'
    work: Step  # the step whose figure and how-to to show (the coming one in a pause)
    motion: float | None  # how far through the current rep or loop, 0-1, for key frames
    motion_period: float | None  # seconds that fraction runs over


class Reader:
    """Reads one plan: counts its moves and positions once, then reads each snapshot."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        moves = sorted({s.move for s in plan.steps if s.kind != "walk"})
        self._move_number = {move: n for n, move in enumerate(moves, 1)}
        self._moves = len(moves)
        self._positions: dict[int, list[str]] = {}
        self._places: dict[int, tuple[Step, str, str, str]] = {}
        for step in plan.steps:
            if step.position is not None:
                kept = self._positions.setdefault(step.move, [])
                if step.position not in kept:
                    kept.append(step.position)

    # ---- facts of the plan ---------------------------------------------------------

    def _work_index(self, index: int) -> int:
        """The step's index when it is work, else the index of the work it leads into."""
        steps = self.plan.steps
        return next((i for i in range(index, len(steps)) if steps[i].is_timed_work), index)

    def work_at(self, index: int) -> Step:
        """The step itself when it is work, else the work it leads into."""
        return self.plan.steps[self._work_index(index)]

    def next_after(self, index: int) -> Step | None:
        """The next step with work in it after the work at `index`: the other side, the
        next position or round, or the next move."""
        base = self._work_index(index)
        return next((s for s in self.plan.steps[base + 1 :] if s.is_timed_work), None)

    def position(self, step: Step) -> str | None:
        """'knee out to the side, 2 of 3', or None for a move without positions."""
        kept = self._positions.get(step.move)
        if step.position is None or not kept:
            return None
        return words.position_of(step.position, kept.index(step.position) + 1, len(kept))

    def where(self, step: Step) -> str:
        parts = []
        if step.kind != "walk" and step.move in self._move_number:
            parts.append(words.move_of(self._move_number[step.move], self._moves))
        if position := self.position(step):
            parts.append(position)
        if step.rounds > 1:
            parts.append(words.round_of(step))
        return "  ·  ".join(parts)

    def next_text(self, index: int) -> str:
        then = self.next_after(index)
        now = self.work_at(index)
        if then is None or then.move != now.move:
            return words.next_text(then)
        return words.next_in_move(then, now, self.position(then))

    # ---- a moment ------------------------------------------------------------------

    def _place(self, index: int) -> tuple[Step, str, str, str]:
        """The work, its phase, where it is and what comes next: once per step."""
        if index not in self._places:
            work = self.work_at(index)
            phase = words.phase_of(work.phase_index + 1, self.plan.phase_count)
            self._places[index] = (work, phase, self.where(work), self.next_text(index))
        return self._places[index]

    def read(self, snap: Snapshot) -> Reading:
        step = snap.step
        work, phase, where, coming = self._place(snap.index)
        big, kind, doing, count = self._big(snap, work)
        urgent = kind == "clock" and step.kind in URGENT_KINDS
        urgent = urgent and 0 < words.whole_seconds(snap.seconds_left) <= URGENT_FROM
        if step.kind == "reps" and step.rep_hold and snap.rep_fraction is not None:
            urgent = 0 < words.whole_seconds(self._rep_left(snap)) <= URGENT_FROM
        if snap.lead_in_left > 0:
            doing = words.resuming_in(snap.lead_in_left)
        elif snap.status is Status.PAUSED:
            doing = words.PAUSED
        motion, period = self._motion(snap)
        return Reading(
            big=big,
            big_short=words.countdown(snap.seconds_left) if kind == "move" else big,
            big_kind=kind,
            urgent=urgent and snap.status is Status.RUNNING,
            side=step.side,
            side_big=words.switch_big(step) if step.kind == "switch" else words.side_arrow(step),
            side_short=words.side_arrow(step, short=True),
            switching=step.kind == "switch",
            title=work.name,
            phase=phase,
            where=where,
            doing=doing,
            count=count,
            next=coming,
            left=words.session_left(snap.left_seconds),
            work=work,
            motion=motion,
            motion_period=period,
        )

    def _big(self, snap: Snapshot, work: Step) -> tuple[str, BigKind, str, str]:
        """The big thing, what kind it is, the line under it, and the count."""
        step = snap.step
        clock = words.countdown(snap.seconds_left)
        if step.kind == "prepare":
            doing = f"{words.headline(step)}  ·  {words.seconds_left(snap.seconds_left)}"
            return work.name, "move", doing, words.dose(work)
        if step.kind == "breath" and snap.breath is not None and step.reps:
            action, left = snap.breath
            cycle = sum(seconds for _, seconds in step.breath)
            elapsed = snap.step_seconds - snap.seconds_left
            number = min(step.reps, int(elapsed // cycle) + 1)
            doing = f"{words.BREATH_PROMPTS[action]}  ·  {words.seconds_left(left)}"
            return words.BREATH_WORDS[action], "breath", doing, words.breath_of(number, step.reps)
        if step.kind == "reps" and step.reps:
            current = min(step.reps, (snap.rep or 0) + 1)
            count = words.rep_count(current, step.reps)
            if step.rep_hold and snap.rep_fraction is not None:
                rep = step.rep_seconds or 0.0
                held = replace(step, kind="hold", moving=False)
                into = snap.rep_fraction * rep
                doing = words.headline(held) if rep - into <= step.rep_hold else words.EASE_IN
                return words.countdown(self._rep_left(snap)), "clock", doing, count
            doing = words.headline(step)  # counted: the session's time is on the status line
            if not step.paced:
                doing += f"  ·  {words.OWN_PACE_KEY}"
            return words.rep_count_big(current), "count", doing, count
        return clock, "clock", words.headline(step), ""

    def _rep_left(self, snap: Snapshot) -> float:
        """Seconds of the current rep's hold still to go (its whole hold while moving in)."""
        step = snap.step
        rep = step.rep_seconds or 0.0
        left = rep - (snap.rep_fraction or 0.0) * rep
        return min(float(step.rep_hold or 0), left)

    def _motion(self, snap: Snapshot) -> tuple[float | None, float | None]:
        step = snap.step
        if step.kind == "reps" and snap.rep_fraction is not None and not step.rep_hold:
            return snap.rep_fraction, step.rep_seconds
        if step.kind == "hold" and step.moving:
            elapsed = snap.step_seconds - snap.seconds_left
            return (elapsed % MOVING_PERIOD) / MOVING_PERIOD, MOVING_PERIOD
        return None, None


def widest_big(step: Step, big_kind: BigKind) -> str:
    """The widest the big letters will say in this step, for sharing out the width."""
    if big_kind == "count" and step.reps:
        return words.rep_count_big(step.reps)
    if big_kind == "breath":
        return max((words.BREATH_WORDS[a] for a, _ in step.breath), key=len, default="")
    if big_kind == "clock":
        return words.countdown(step.seconds)
    return ""
