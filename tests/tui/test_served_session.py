"""Served to a browser (POSTRUN_SERVED=1, as `postrun serve` sets for its apps): the
session screen has buttons a finger can tap, and says the sound is on the computer. In
a terminal it has neither. Real App, fake clock, clicks where the buttons are drawn."""

from __future__ import annotations

import pytest
from textual.widgets import Button

from postrun.served import SERVED_ENV
from postrun.session import Status
from postrun.tui.dialogs import ConfirmQuit

from .harness import build


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SERVED_ENV, "1")


def state_line(h) -> str:
    return str(h.session_screen().query_one("#state").render())


@pytest.mark.usefixtures("served")
@pytest.mark.parametrize("size", [(60, 20), (65, 64), (120, 40)])
async def test_served_the_session_has_big_buttons_that_do_what_the_keys_do(size):
    h = build()
    async with h.app.run_test(size=size) as pilot:
        await pilot.press("enter")
        screen = h.session_screen()
        buttons = list(screen.query(Button))
        assert [str(b.label) for b in buttons] == ["◀ Back", "Pause", "Next ▶", "Quit"]
        for button in buttons:
            region = button.region
            assert region.height == 3 and region.width >= 12, (button.label, region)
            assert region.bottom <= size[1] - 1  # above the footer, on screen
        assert screen.session.index == 0
        await pilot.click("#touch-next_step")
        assert screen.session.index == 1
        await pilot.click("#touch-back")
        assert screen.session.index == 0
        await h.advance(pilot, 1)
        await pilot.click("#touch-toggle_pause")
        assert screen.session.status is Status.PAUSED
        resume, end = h.app.screen.query(Button)  # the paused box has its own
        assert (str(resume.label), str(end.label)) == ("Resume", "End the session")
        await pilot.click(resume)
        assert screen.session.status is not Status.PAUSED
        await pilot.click("#touch-quit_session")
        assert isinstance(h.app.screen, ConfirmQuit)
        assert screen.focused is None or not isinstance(screen.focused, Button)


@pytest.mark.usefixtures("served")
async def test_served_the_status_line_says_the_sound_is_on_this_computer():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert "sound on this computer" in state_line(h)
        await pilot.press("m")
        assert "muted" in state_line(h) and "this computer" not in state_line(h)


async def test_in_a_terminal_no_buttons_and_the_player_is_named():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert not h.session_screen().query(Button)
        assert "this computer" not in state_line(h) and "sound:" in state_line(h)
