"""Home's "After a run" row, "not for me" on a move, and the equipment at hand, through
the real App: what is shown, what is saved in the settings file, what the next session
made for a run leaves out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Button, SelectionList

from postrun.store import History, Settings, load_settings
from postrun.tui.home import HomeScreen
from postrun.tui.howto_screen import HowToScreen
from postrun.tui.preview import PlanPreview
from postrun.tui.session_screen import SessionScreen
from postrun.tui.settings_screen import SettingsScreen
from postrun.tui.summary_screen import SummaryScreen

from .harness import Harness, build

ROLLING = {"foam roller", "massage ball"}


def home_of(h: Harness) -> HomeScreen:
    screen = h.app.screen
    assert isinstance(screen, HomeScreen)
    return screen


def run_shown(home: HomeScreen) -> str | None:
    """The run Home shows a session for (read afresh: each key press may change it)."""
    return home.run


def preview_text(home: HomeScreen) -> str:
    preview = home.query_one(PlanPreview)
    return "\n".join(preview.render_line(y).text for y in range(preview.virtual_size.height))


def noted(h: Harness) -> list[str]:
    """What the App notifies, kept (a spy on the real App's notify)."""
    notes: list[str] = []
    notify = h.app.notify

    def spy(message: str, **options: Any) -> None:
        notes.append(message)
        notify(message, **options)

    h.app.notify = spy  # type: ignore[method-assign]
    return notes


def saved(home: Path) -> Settings:
    settings, problem = load_settings(home / "settings.toml")
    assert problem is None
    return settings


async def test_a_steps_through_the_runs_and_previews_each_with_its_credits():
    h = build()
    async with h.app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a")
        home = home_of(h)
        assert run_shown(home) == "easy" and home.minutes == 6  # the run's own length
        title = home.query_one("#preview-title").render().plain  # type: ignore[union-attr]
        assert title.startswith("After an easy run: 6 min")
        await pilot.press("a")
        plan = home.plan()
        assert run_shown(home) == "tempo" and plan is not None and plan.routine.id == "after-tempo"
        assert "breathing" in [phase.id for phase in plan.routine.phases]
        shown = preview_text(home)
        assert "From these articles" in shown
        composed = home.composed()
        assert composed is not None and len(composed.credits) >= 2
        for credit in composed.credits:  # every article drawn on, by title
            assert credit.source.title[:30] in shown.replace("\n", " ")
        await pilot.press("2")  # the runner's minutes win
        plan = home.plan()
        assert plan is not None and plan.minutes == 10
        await pilot.press("down")  # back in the routine list: a routine again
        plan = home.plan()
        assert run_shown(home) is None and plan is not None and plan.routine.id == home.routine_id


async def test_a_click_chooses_a_run_and_enter_starts_its_session():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.click("#after-long")
        home = home_of(h)
        assert home.run == "long" and home.minutes == 15
        await pilot.press("enter")
        session = h.session_screen()
        assert session.plan.routine.id == "after-long"
        assert session.plan.minutes == 15


async def test_a_composed_session_ends_with_its_run_in_the_summary_and_history(isolated_home):
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a", "a", "1", "enter")  # tempo, 5 minutes
        session = h.session_screen()
        assert session.plan.routine.id == "after-tempo"
        await h.advance(pilot, session.plan.total_seconds + 1)
        summary = h.app.screen
        assert isinstance(summary, SummaryScreen)
        assert summary.routine_title == "After a tempo run"
        composed = h.app.composed
        assert composed is not None
        for credit in composed.credits:
            assert credit.source.title in summary.credit
    records = History(isolated_home / "history").load().records
    assert [(r.run, r.title) for r in records] == [("tempo", "After a tempo run")]


async def test_o_on_homes_composed_preview_leaves_the_move_out_for_good(isolated_home):
    h = build()
    notes = noted(h)
    async with h.app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a", "a", "right")  # tempo, its second move
        home = home_of(h)
        composed = home.composed()
        chosen = home._chosen()
        assert composed is not None and chosen is not None
        move = chosen[0]
        origin = composed.origins[move.id]
        await pilot.press("o")
        assert f"{origin}/{move.id}" in saved(isolated_home).left_out  # in the real file
        assert notes and notes[-1].startswith(f"{move.name}: left out")
        assert "Settings" in notes[-1]  # how to undo
        again = home.composed()
        assert again is not None and move.id not in {s.exercise_id for s in again.plan.steps}
        assert home.run == "tempo" and home.minutes == 10  # the choices on Home are kept
    # A new start reads the file: the move stays out of every run's sessions.
    h = build(settings=saved(isolated_home))
    async with h.app.run_test(size=(120, 40)) as pilot:
        for _ in range(3):
            await pilot.press("a")
            made = home_of(h).composed()
            assert made is not None
            assert (origin, move.id) not in {(made.origins[s], s) for s in made.origins}


async def test_o_on_a_routines_move_toggles_it(isolated_home):
    h = build()
    async with h.app.run_test(size=(120, 40)) as pilot:
        home = home_of(h)
        chosen = home._chosen()
        assert chosen is not None
        key = f"{home.routine_id}/{chosen[0].id}"
        await pilot.press("o")
        assert saved(isolated_home).left_out == [key]
        await pilot.press("o")
        assert saved(isolated_home).left_out == []


async def test_o_in_the_how_to_during_a_composed_session_names_its_article(isolated_home):
    h = build()
    notes = noted(h)
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a", "enter")
        await h.advance(pilot, 6)  # into the first move
        await pilot.press("i")
        how_to = h.app.screen
        assert isinstance(how_to, HowToScreen)
        composed = h.app.composed
        assert composed is not None
        key = f"{composed.origins[how_to.exercise.id]}/{how_to.exercise.id}"
        await pilot.press("o")
        assert saved(isolated_home).left_out == [key]
        assert notes[-1].startswith(f"{how_to.exercise.name}: left out")
        await pilot.press("o")  # the dialog is still up: o again brings it back
        assert saved(isolated_home).left_out == []
        assert notes[-1] == f"{how_to.exercise.name}: back in sessions made for a run."
        await pilot.press("escape")
        assert isinstance(h.app.screen, SessionScreen)


async def test_the_settings_screen_lists_moves_left_out_and_brings_them_back(isolated_home):
    left = ["post-run-reset/happy-baby", "post-run-reset/downward-dog-prances"]
    h = build(settings=Settings(left_out=left))
    async with h.app.run_test(size=(100, 50)) as pilot:
        await pilot.press("s")
        screen = h.app.screen
        assert isinstance(screen, SettingsScreen)
        listed = screen.query_one("#left_out", SelectionList)
        names = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert names == [
            "Happy baby (Post-run reset)",
            "Downward dog with prancing feet (Post-run reset)",
        ], names
        assert sorted(listed.selected) == sorted(left)
        listed.deselect(left[0])  # one brought back
        await pilot.press("ctrl+s")
        assert saved(isolated_home).left_out == [left[1]]
        await pilot.press("s")
        h.app.screen.query_one("#bring-back", Button).focus()
        await pilot.press("enter")  # and all
        await pilot.press("ctrl+s")
        assert saved(isolated_home).left_out == []
        await pilot.press("s")
        assert not h.app.screen.query("#left_out")  # none left: a line says how to add one


async def test_the_equipment_at_hand_is_a_setting_homes_runs_use(isolated_home):
    h = build()
    async with h.app.run_test(size=(100, 50)) as pilot:
        await pilot.press("a", "a", "a")  # long: rolling only with a roller or ball
        made = home_of(h).composed()
        assert made is not None and set(made.plan.routine.equipment) <= {"mat"}
        await pilot.press("s")
        kit = h.app.screen.query_one("#equipment", SelectionList)
        offered = [kit.get_option_at_index(i).value for i in range(kit.option_count)]
        assert {"mat", "wall", "foam roller", "massage ball"} <= set(offered)
        assert kit.selected == ["mat"]
        kit.select("foam roller")
        kit.select("massage ball")
        await pilot.press("ctrl+s")
        assert set(saved(isolated_home).equipment) == {"mat", "foam roller", "massage ball"}
        made = home_of(h).composed()
        assert made is not None
        assert ROLLING & set(made.plan.routine.equipment)  # rolling, now a roller is at hand


def test_every_home_key_does_one_thing():
    """o leaves a move out; x stays the resume offer's dismiss (both were x once)."""
    keys = [key for b in HomeScreen.BINDINGS for key in b.key.split(",")]  # type: ignore[union-attr]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    actions = {b.key: b.action for b in HomeScreen.BINDINGS}  # type: ignore[union-attr]
    assert actions["o"] == "leave_out" and actions["x"] == "dismiss_resume"
