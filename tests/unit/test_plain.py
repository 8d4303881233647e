"""`start --plain` on a fake clock: recorded once however it ends, Enter pauses and
resumes on a terminal, a gap carries on by itself otherwise, a broken output is quiet."""

from __future__ import annotations

import errno
import io

from postrun.cli.plain import INTERRUPTED, run_plain
from postrun.plan import PlanSettings, make_plan
from postrun.session import Summary
from postrun.sound import SoundBoard

from ..fakes import FakeClock, RecordingPlayer, hold, phase, routine

# prepare 5 | hold 40 | prepare 5 | hold 40: 90 s
PLAN = make_plan(routine(phase("one", hold("a", 40), hold("b", 40))), 3, PlanSettings())


class Keys:
    """A user who presses Enter at the given session seconds (on a terminal, if
    `interactive`), and a clock that jumps `by` seconds once at `at` (a stop and continue)."""

    def __init__(
        self,
        clock: FakeClock,
        presses: list[float],
        interactive: bool = True,
        at: float = 0,
        by: float = 0,
    ) -> None:
        self.clock, self.presses, self.interactive = clock, sorted(presses), interactive
        self.at, self.by, self.start = at, by, clock.now

    def wait(self, seconds: float) -> int:
        if self.by and self.clock.now - self.start >= self.at:
            self.clock.advance(self.by)
            self.by = 0
        self.clock.advance(seconds)
        due = [p for p in self.presses if p <= self.clock.now - self.start]
        self.presses = self.presses[len(due) :]
        return len(due) if self.interactive else 0


class Breaks(io.StringIO):
    """An output that fails with `code` from its `after`th line on."""

    def __init__(self, after: int, code: int) -> None:
        super().__init__()
        self.after, self.code, self.lines = after, code, 0

    def write(self, text: str) -> int:
        if text.strip():
            self.lines += 1
            if self.lines > self.after:
                raise OSError(self.code, "broken")
        return super().write(text)


def run(keys, out=None, **kwargs) -> tuple[int, list[Summary], str]:
    recorded: list[Summary] = []

    def record(summary: Summary) -> str:
        recorded.append(summary)
        return "Saved to your history."

    out = out if out is not None else io.StringIO()
    code = run_plain(PLAN, keys.clock, keys, out, SoundBoard(RecordingPlayer()), record, **kwargs)
    return code, recorded, out.getvalue()


def test_a_session_run_to_its_end_is_recorded_once():
    clock = FakeClock()
    code, recorded, out = run(Keys(clock, [], interactive=False))
    assert code == 0 and len(recorded) == 1 and recorded[0].completed
    assert out.rstrip().endswith("Saved to your history.")


def test_after_a_gap_it_carries_on_by_itself_and_says_so():
    clock = FakeClock()
    code, recorded, out = run(Keys(clock, [], interactive=False, at=20, by=600), lead_in=3)
    assert "Paused: the session was away; carrying on by itself after the lead-in" in out
    assert "Resuming in 3 s" in out
    assert code == 0 and recorded[0].completed and recorded[0].pauses == 1
    assert recorded[0].active_seconds < 100  # the 10 minutes away are not counted


def test_on_a_terminal_enter_pauses_and_resumes():
    clock = FakeClock()
    code, recorded, out = run(Keys(clock, [20, 80]), lead_in=3)
    assert "Start: Test routine, 3 min. Enter pauses and resumes" in out
    assert "Paused. Press Enter to resume" in out and "Resuming in 3 s" in out
    assert code == 0 and recorded[0].completed and recorded[0].pauses == 1
    assert clock.now - 1000 >= 90 + 60  # a minute paused, then the rest


def test_on_a_terminal_a_gap_waits_for_enter():
    clock = FakeClock()
    code, recorded, out = run(Keys(clock, [700], at=20, by=600))
    assert clock.now - 1000 >= 700  # it waited for Enter
    assert "Paused: the session was away. Press Enter to resume" in out
    assert code == 0 and recorded[0].completed


def test_a_signal_ends_it_and_it_is_recorded():
    clock = FakeClock()
    asked = lambda: clock.now - 1000 > 30  # noqa: E731
    code, recorded, out = run(Keys(clock, [], interactive=False), stopped=asked)
    assert code == INTERRUPTED and len(recorded) == 1 and not recorded[0].completed
    assert "Session ended early." in out and "Saved to your history." in out


def test_a_reader_gone_ends_the_session_quietly_with_its_record():
    for code, expected in ((errno.EPIPE, INTERRUPTED), (errno.EIO, INTERRUPTED), (errno.ENOSPC, 1)):
        clock = FakeClock()
        gone: list[OSError] = []
        out = Breaks(after=3, code=code)
        result, recorded, _ = run(
            Keys(clock, [], interactive=False), out=out, on_output_gone=gone.append
        )
        assert result == expected and len(recorded) == 1 and not recorded[0].completed
        assert [e.errno for e in gone] == [code]
        assert clock.now - 1000 < 10  # ended at the line that failed, not at the end


def test_a_resumed_session_starts_where_the_earlier_stopped_and_counts_both():
    from postrun.session import Earlier

    clock = FakeClock()
    code, recorded, out = run(
        Keys(clock, [], interactive=False), earlier=Earlier(3, (0.0, 40.0), "before")
    )
    (summary,) = recorded
    assert code == 0 and summary.active_seconds == 40 and summary.completed
    assert summary.step_done == (0.0, 40.0, 0.0, 40.0) and summary.resumes == "before"
    assert "B" in out and "Get into position: A" not in out
