"""Dialogs and the summary on small screens: text wraps, help scrolls, esc closes, and
the how-to's figure faces the side being worked."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.pilot import Pilot

from postrun.poses import render
from postrun.tui.dialogs import CustomMinutes, HelpScreen
from postrun.tui.figure import FigureView
from postrun.tui.home import HomeScreen
from postrun.tui.howto_screen import HowToScreen
from postrun.tui.summary_screen import SummaryScreen
from postrun.words import ESC_TO_CLOSE

from .harness import Harness, build
from .test_home import seen


async def finish_a_short_session(h: Harness, pilot: Pilot[int]) -> None:
    await pilot.press("1", "enter")
    await h.advance(pilot, 100)
    await pilot.press("N")
    await h.advance(pilot, 400)


def on_screen(app) -> str:
    """The words on the whole screen as the terminal shows them, frames left out."""
    rows = [strip.text for strip in app.screen._compositor.render_strips()]
    text = " ".join(rows).translate({ord(c): " " for c in "│╭╮╰╯─▔▁▎▊"})
    return " ".join(text.split())


async def test_the_summary_shows_the_whole_streak_line_at_60x20():
    h = build()
    async with h.app.run_test(size=(60, 20)) as pilot:
        await finish_a_short_session(h, pilot)
        assert isinstance(h.app.screen, SummaryScreen)
        assert "Streak: 0 days. This week: 0 of 3." in on_screen(h.app)


async def test_help_scrolls_on_a_small_screen_and_says_how_to_close():
    h = build()
    async with h.app.run_test(size=(40, 12)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(h.app.screen, HelpScreen)
        keys = h.app.screen.query_one("#help", VerticalScroll)
        assert keys.max_scroll_y > 0
        await pilot.press("down", "down")
        assert keys.scroll_y > 0
        assert keys.border_subtitle == ESC_TO_CLOSE
        await pilot.press("escape")
        assert isinstance(h.app.screen, HomeScreen)


async def test_every_home_dialog_says_esc_closes_it_and_esc_does():
    h = build()
    async with h.app.run_test(size=(60, 20)) as pilot:
        for key, dialog in (
            ("c", CustomMinutes),
            ("question_mark", HelpScreen),
            ("i", HowToScreen),
        ):
            await pilot.press(key)
            assert isinstance(h.app.screen, dialog)
            assert ESC_TO_CLOSE in str(
                h.app.screen.query_one(".dialog, #howto-box").border_subtitle
            )
            await pilot.press("escape")
            assert isinstance(h.app.screen, HomeScreen)


async def test_the_how_to_wraps_its_text_instead_of_cutting_it():
    h = build()
    async with h.app.run_test(size=(60, 30)) as pilot:
        await pilot.press("i")
        screen = h.app.screen
        assert isinstance(screen, HowToScreen)
        why = " ".join(
            " ".join(" ".join(seen(s)).split()) for s in screen.query("#howto-text Static")
        )
        assert " ".join(screen.exercise.why.split()) in why


async def test_the_how_to_figure_faces_the_side_being_worked():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        dog = h.app.parts.catalog.routines["post-run-reset"].exercises()[0]
        await h.app.push_screen(HowToScreen(dog, side="right"))
        await pilot.pause()
        figure = h.app.screen.query_one(FigureView)
        width, height = figure.content_size
        assert figure.render().plain.split("\n") == render(
            list(dog.figure), width, height, side="right"
        )
        assert render(list(dog.figure), width, height, side="right") != render(
            list(dog.figure), width, height, side="left"
        )


async def test_the_how_to_scrolls_on_a_small_screen():
    h = build()
    async with h.app.run_test(size=(40, 12)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        box = h.app.screen.query_one("#howto-box", VerticalScroll)
        assert box.max_scroll_y > 0
        await pilot.press("down")
        assert box.scroll_y > 0


async def test_help_descriptions_wrap_under_themselves_at_60x20():
    h = build()
    async with h.app.run_test(size=(60, 20)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        whats = list(h.app.screen.query(".help-what"))
        keys = list(h.app.screen.query(".help-keys"))
        assert len({w.region.x for w in whats}) == 1  # one column for every description
        assert all(k.region.right <= whats[0].region.x for k in keys)
        assert max(w.region.height for w in whats) >= 2  # a long one wraps, in its column


def help_headings(app) -> list[str]:
    """The help's section headings, top to bottom, and whether the first is on its top row."""
    box = app.screen.query_one("#help", VerticalScroll)
    headings = list(app.screen.query(".help-heading"))
    assert headings[0].region.y == box.content_region.y  # no blank line above it
    return [str(heading.render()) for heading in headings]


async def test_help_starts_with_the_keys_of_where_you_are():
    # In a session, the session's keys come first, where a runner glances from the mat;
    # before, they sat below Home's, out of sight on a small screen.
    h = build()
    async with h.app.run_test(size=(60, 20)) as pilot:
        await pilot.press("question_mark")
        assert help_headings(h.app) == ["Home", "During a session"]
        await pilot.press("escape", "enter")
        await pilot.press("question_mark")
        assert help_headings(h.app) == ["During a session", "Home"]
