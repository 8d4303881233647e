"""However a session ends, it is recorded exactly once: whatever dialog is open, from
the palette, from a crash. Real signals and terminals: tests/e2e/test_endings.py."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from postrun import content
from postrun.plan import make_plan
from postrun.session import Status
from postrun.tui.dialogs import ConfirmQuit, HelpScreen, PausedScreen
from postrun.tui.session_screen import SessionScreen
from postrun.tui.summary_screen import SummaryScreen

from .harness import Harness, build

DIALOGS = {
    "pause": (["space"], PausedScreen),
    "help": (["question_mark"], HelpScreen),
    "quit": (["q"], ConfirmQuit),
    "away": ([], PausedScreen),  # the laptop slept: the session paused itself
    "none": ([], SessionScreen),
}


@pytest.mark.parametrize("dialog", sorted(DIALOGS))
async def test_ctrl_c_over_any_dialog_keeps_the_session(dialog: str):
    keys, shown = DIALOGS[dialog]
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await h.advance(pilot, 30)
        if dialog == "away":  # one tick after a minute's silence
            h.clock.advance(60)
            h.session_screen().tick()
            await pilot.pause()
        await pilot.press(*keys)
        assert isinstance(h.app.screen, shown)
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert h.app.return_code == 130
    assert len(h.recorded) == 1
    assert h.recorded[0].active_seconds == 30


@pytest.mark.parametrize("dialog", ["pause", "help", "none"])
async def test_a_signal_over_any_dialog_keeps_the_session(dialog: str):
    """SIGTERM, SIGHUP and SIGINT call the same action as ctrl+c (tests/e2e sends them)."""
    keys, _ = DIALOGS[dialog]
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await h.advance(pilot, 30)
        await pilot.press(*keys)
        h.app.action_interrupt()
        h.app.action_interrupt()  # a second signal records nothing more
        await pilot.pause()
    assert h.app.return_code == 130
    assert len(h.recorded) == 1


async def test_quitting_from_the_palette_asks_first_and_keeps_the_session():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await h.advance(pilot, 30)
        await pilot.press("ctrl+p", *"quit")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(h.app.screen, ConfirmQuit)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(h.app.screen, SummaryScreen)
        assert len(h.recorded) == 1
        await pilot.press("ctrl+q")  # no session now: ctrl+q leaves at once
        await pilot.pause()
    assert h.app.return_code == 0 and len(h.recorded) == 1


async def test_a_crash_exits_1_and_keeps_the_session(monkeypatch):
    def broken(self) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(SessionScreen, "action_mute", broken)
    h = build()
    with pytest.raises(RuntimeError, match="a bug"):
        async with h.app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            await h.advance(pilot, 30)
            await pilot.press("m")
            await pilot.pause()
    assert h.app.return_code == 1
    assert len(h.recorded) == 1 and h.recorded[0].active_seconds == 30


async def test_keep_going_after_q_leaves_a_paused_session_paused():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await h.advance(pilot, 10)
        await pilot.press("space")
        assert isinstance(h.app.screen, PausedScreen)
        await pilot.press("q")
        assert isinstance(h.app.screen, ConfirmQuit)
        await pilot.press("n")
        await pilot.pause()
        screen = h.session_screen()
        assert screen.session.status is Status.PAUSED
        assert isinstance(h.app.screen, PausedScreen)
        before = screen.session.tick().seconds_left
        await h.advance(pilot, 20)
        assert screen.session.tick().seconds_left == before
        assert screen.session.summary().pauses == 1


async def finish_and_close(h: Harness, pilot: Pilot[int]) -> None:
    """Run the session on screen to its end: one summary shows, and enter closes it."""
    total = h.session_screen().plan.total_seconds
    await h.advance(pilot, total + 4)  # the lead-in, then the whole session
    await pilot.pause()
    assert isinstance(h.app.screen, SummaryScreen)
    assert len(h.recorded) == 1
    await pilot.press("enter")
    await pilot.pause()


async def test_a_session_waits_under_help_then_ends_with_one_summary():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "enter")
        await pilot.press("question_mark")
        assert isinstance(h.app.screen, HelpScreen)
        await h.advance(pilot, h.session_screen().plan.total_seconds + 1)
        assert isinstance(h.app.screen, HelpScreen)  # it never runs unseen
        await pilot.press("escape")
        await finish_and_close(h, pilot)
        assert not any(isinstance(s, SessionScreen) for s in h.app.screen_stack)


async def test_a_started_session_ends_with_its_summary_then_leaves():
    # `postrun start`: no Home below the session; the summary takes its place.
    catalog = content.load_all(include_user=False)
    h = build(start=make_plan(catalog.routines["post-run-reset"], 5), catalog=catalog)
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await finish_and_close(h, pilot)
    assert h.app.return_code == 0
