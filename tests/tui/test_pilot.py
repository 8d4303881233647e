"""Driving the real App with keys, on a fake clock: nothing here sleeps."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Static

from postrun.session import Status
from postrun.sound import Cue
from postrun.tui.dialogs import ConfirmQuit, HelpScreen, PausedScreen
from postrun.tui.home import HomeScreen
from postrun.tui.howto_screen import HowToScreen
from postrun.tui.session.big import BigText
from postrun.tui.session_screen import SessionScreen
from postrun.tui.summary_screen import SummaryScreen

from .harness import build


def text(screen, selector: str) -> str:
    return str(screen.query_one(selector).render())


def side(screen) -> str:
    """The side band's words (the big letters' own text)."""
    return " ".join(screen.query_one("#side", BigText).texts[:1])


async def test_start_five_minutes_of_the_default_routine_from_home():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        assert isinstance(h.app.screen, HomeScreen)
        await pilot.press("1", "enter")
        screen = h.app.screen
        assert isinstance(screen, SessionScreen)
        assert screen.plan.minutes == 5
        assert screen.plan.routine.id == "post-run-reset"
        assert "Get into position" in text(screen, "#info")


async def test_home_keys_change_the_preview():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        assert "Total 10:00 for a 10:00 target" in text(h.app.screen, "#preview-total")
        await pilot.press("1")
        assert "Left out to fit 5 minutes: Hamstring nerve glide" in text(
            h.app.screen, "#preview-notes"
        )
        await pilot.press("3")
        assert "Total 14:50 for a 15:00 target" in text(h.app.screen, "#preview-total")
        await pilot.press("c")
        await pilot.press("1", "2", "enter")
        assert "for a 12:00 target" in text(h.app.screen, "#preview-total")
        await pilot.press("w")
        assert "after a 2 min walk" in text(h.app.screen, "#preview-title")
        assert "2:00 walking + 12:00 stretching" in text(h.app.screen, "#preview-total")


async def test_a_session_runs_through_a_side_switch_with_cues():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # 10 minutes of post-run reset
        screen = h.session_screen()
        left = next(s for s in screen.plan.steps if s.side == "left" and s.kind == "reps")
        await h.advance(pilot, left.start + 1)
        assert screen.session.step == left
        assert side(screen) == "← LEFT"
        await h.advance(pilot, left.seconds - 1)
        assert screen.session.step.kind == "switch"
        assert text(screen, "#info") == "Switch to your right side"
        assert side(screen) == "Switch to your RIGHT side →"
        assert Cue.SWITCH in h.player.played
        await h.advance(pilot, 5)
        assert side(screen) == "RIGHT →"


async def test_pause_freezes_time_and_space_resumes():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        screen = h.session_screen()
        await h.advance(pilot, 10)
        await pilot.press("space")
        assert isinstance(h.app.screen, PausedScreen)
        frozen = screen.session.tick().seconds_left
        await h.advance(pilot, 60)
        assert screen.session.tick().seconds_left == frozen
        await pilot.press("space")
        assert h.app.screen_stack[-1] is screen  # the pause dialog is gone
        assert screen.session.status is Status.RUNNING
        await h.advance(pilot, 5)  # 3 s lead-in, then 2 s of the step
        assert screen.session.tick().seconds_left == frozen - 2


async def test_next_back_and_more_time():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        screen = h.session_screen()
        await pilot.press("n")
        assert screen.session.index == 1
        await h.advance(pilot, 5)
        await pilot.press("p")  # ran more than 2 s: restart it
        assert screen.session.index == 1
        assert screen.session.tick().seconds_left == screen.session.step.seconds
        await pilot.press("N")  # skip the rest of the move
        assert screen.session.step.exercise_id == "hamstring-nerve-glide"
        await h.advance(pilot, 1)
        await pilot.press("plus")
        assert screen.session.tick().seconds_left == 14
        assert "0:14" in screen.query_one("#big", BigText).texts  # under the coming move's name


async def test_quit_asks_first_and_records_the_partial_session():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await h.advance(pilot, 20)
        await pilot.press("q")
        assert isinstance(h.app.screen, ConfirmQuit)
        await pilot.press("n")
        assert isinstance(h.app.screen, SessionScreen)
        assert h.session_screen().session.status is Status.RUNNING
        await pilot.press("q", "y")
        await pilot.pause()
        assert isinstance(h.app.screen, SummaryScreen)
        assert len(h.recorded) == 1
        summary = h.recorded[0]
        assert not summary.completed and summary.active_seconds == 20
        assert summary.pauses == 0
        assert "Session ended early." in text(h.app.screen, "#summary-title")


async def test_finishing_the_session_shows_the_summary_and_returns_home():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "enter")
        screen = h.session_screen()
        await h.advance(pilot, screen.plan.total_seconds + 1)
        assert isinstance(h.app.screen, SummaryScreen)
        assert "Session complete" in text(h.app.screen, "#summary-title")
        assert h.recorded[0].completed
        assert h.player.played[-1] is Cue.COMPLETE
        await pilot.press("enter")
        assert isinstance(h.app.screen, HomeScreen)


async def test_mute_silences_and_the_status_line_says_so():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "m")
        screen = h.session_screen()
        assert "muted" in text(screen, "#state")
        before = len(h.player.played)
        await h.advance(pilot, 30)
        assert len(h.player.played) == before


async def test_i_shows_why_and_help_lists_every_session_key():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "i")
        dialog = h.app.screen
        assert isinstance(dialog, HowToScreen)
        shown = [str(w.render()) for w in dialog.query(Static)]
        assert "Why it works" in shown and dialog.exercise.why in shown
        await pilot.press("escape", "question_mark")
        assert isinstance(h.app.screen, HelpScreen)
        listed = set()  # the keys column: "n or right", "+ -", ...
        for label in h.app.screen.query(".help-keys"):
            listed.update(str(label.render()).replace(" or ", " ").split())
        names = {"question_mark": "?", "minus": "-", "plus": "+"}
        keys = {
            names.get(b.key, b.key)
            for b in SessionScreen.BINDINGS
            if isinstance(b, Binding) and b.show
        }
        assert keys <= listed, keys - listed
        await pilot.press("escape")
        assert isinstance(h.app.screen, SessionScreen)


async def test_the_palette_starts_any_routine_at_any_length():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"yoga 12")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        screen = h.app.screen
        assert isinstance(screen, SessionScreen)
        assert (screen.plan.routine.id, screen.plan.minutes) == ("long-run-yoga", 12)


async def test_history_screen_shows_the_week_and_the_chart():
    from textual.widgets import Sparkline

    from postrun.tui.history_screen import HistoryScreen

    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1", "enter")
        await h.advance(pilot, h.session_screen().plan.total_seconds + 1)
        await pilot.press("enter", "h")
        screen = h.app.screen
        assert isinstance(screen, HistoryScreen)
        assert "This week: 1 of 3 sessions" in text(screen, "#week")
        assert (screen.query_one(Sparkline).data or [0])[-1] > 0
        await pilot.press("escape")
        assert isinstance(h.app.screen, HomeScreen)


async def test_settings_screen_saves_and_feeds_home(isolated_home):
    from textual.widgets import Input

    from postrun.store import load_settings
    from postrun.tui.settings_screen import SettingsScreen

    h = build()
    async with h.app.run_test(size=(100, 40)) as pilot:
        await pilot.press("s")
        screen = h.app.screen
        assert isinstance(screen, SettingsScreen)
        minutes = screen.query_one("#default_minutes", Input)
        minutes.value = "99"
        await pilot.press("ctrl+s")
        assert "Default length" in text(screen, "#settings-error")
        minutes.value = "15"
        await pilot.press("ctrl+s")
        assert isinstance(h.app.screen, HomeScreen)
        assert "for a 15:00 target" in text(h.app.screen, "#preview-total")
    saved, problem = load_settings(isolated_home / "settings.toml")
    assert problem is None and saved.default_minutes == 15


async def test_saved_settings_reach_the_next_session_at_once(isolated_home):
    """A new weekly goal is the one the summary counts against; voice applies at once."""
    from textual.widgets import Input, Select

    h = build()
    async with h.app.run_test(size=(100, 40)) as pilot:
        await pilot.press("s")
        screen = h.app.screen
        screen.query_one("#weekly_goal", Input).value = "7"
        voice = screen.query_one("#voice", Select)
        assert voice.value == "auto"  # the new default
        voice.value = "on"  # a value the model does not offer would raise here
        await pilot.press("ctrl+s")
        assert isinstance(h.app.screen, HomeScreen)
        assert h.app.sound.want_voice == "on", "the sound board was not rebuilt from the settings"
        await pilot.press("1", "enter")
        session = h.session_screen()
        await h.advance(pilot, session.plan.total_seconds + 1)
        summary = h.app.screen
        assert isinstance(summary, SummaryScreen)
        assert "This week: 1 of 7." in text(summary, "#saved")
