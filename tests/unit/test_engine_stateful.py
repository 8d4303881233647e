"""Random commands at random times never crash the engine or break its invariants."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from postrun.plan import PlanSettings, make_plan
from postrun.session import Command, Session, Status

from ..fakes import FakeClock, hold, phase, reps, routine

ROUTINE = routine(
    phase("one", hold("lunge", 35, sides="both"), reps("glide", 4, 2, paced=False)),
    phase("two", reps("prance", 6, 1.5), hold("plank", 20), sides="both"),
)


class EngineMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.plan = make_plan(ROUTINE, 3, PlanSettings(prepare_seconds=3, switch_seconds=2))
        self.session = Session(self.plan, self.clock, lead_in=2.0)
        self.events: list = []
        self.snapshot = self.session.tick()

    @rule(seconds=st.floats(0, 8, allow_nan=False))
    def time_passes(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.snapshot = self.session.tick()

    @rule(command=st.sampled_from(list(Command)), seconds=st.sampled_from([10.0, -10.0]))
    def user_presses(self, command: Command, seconds: float) -> None:
        self.session.command(command, seconds)
        self.snapshot = self.session.tick()

    @precondition(lambda self: self.session.status is Status.READY)
    @rule()
    def start(self) -> None:
        self.session.command(Command.START)

    @invariant()
    def time_and_index_stay_sane(self) -> None:
        snap = self.snapshot
        assert snap.seconds_left >= 0
        assert snap.left_seconds >= 0 and snap.done_seconds >= 0
        assert 0 <= snap.index < len(self.plan.steps)
        assert abs(snap.done_seconds + snap.left_seconds - snap.total_seconds) < 1e-9
        if snap.status is Status.FINISHED:
            assert snap.left_seconds == 0

    @invariant()
    def events_come_in_time_order(self) -> None:
        self.events.extend(self.session.drain())
        times = [e.at for e in self.events]
        assert times == sorted(times)

    @invariant()
    def summary_never_exceeds_active_time(self) -> None:
        summary = self.session.summary()
        done = sum(e.done_seconds for e in summary.exercises)
        # Each figure is kept to the millisecond, so their sum may pass the rounded total
        # by half a millisecond per figure, never more.
        slack = 0.0005 * (len(summary.exercises) + 1) + 1e-9
        assert done <= summary.active_seconds + slack


EngineMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)
TestEngineMachine = EngineMachine.TestCase
