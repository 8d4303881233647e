"""Home as a runner uses it: routines by title, titles as text, a preview that wraps and
keeps its indent, the chosen move's figure, and a footer readable at 40 columns."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widget import Widget
from textual.widgets import Footer

from postrun import content
from postrun.models import Routine
from postrun.plan import make_plan
from postrun.poses import bundled_library
from postrun.store import Settings
from postrun.tui.figure import Figure, FigureView, exercise_figure, figure_text
from postrun.tui.home import HomeScreen
from postrun.tui.howto_screen import HowToScreen
from postrun.tui.preview import PlanPreview, preview_lines
from postrun.tui.routine_list import RoutineList

from .. import fakes
from ..advice_checks import BUNDLED
from .harness import Harness, build

MARKUP_TITLE = "[b]Bold[/] [/b]odd"


def seen(widget: Widget) -> list[str]:
    """The rows a widget draws on screen, as text."""
    return [widget.render_line(y).text.rstrip() for y in range(widget.size.height)]


def with_routine_titled(title: str) -> content.Catalog:
    found = content.load_all(include_user=False)
    base = found.routines["post-run-reset"]
    odd = Routine.model_validate({**base.model_dump(), "id": "odd", "title": title})
    found.routines = {**found.routines, "odd": odd}
    return found


async def test_routines_are_listed_by_title():
    h = build()
    async with h.app.run_test(size=(80, 24)):
        routines = h.app.screen.query_one(RoutineList)
        titles = [h.app.parts.catalog.routines[o.id or ""].title for o in routines.options]
        assert titles == sorted(titles, key=str.casefold)
        chosen = routines.highlighted_option
        assert chosen is not None and chosen.id == "post-run-reset"  # the default stays chosen


async def test_a_title_with_markup_is_shown_as_written():
    h = build(settings=Settings(default_routine="odd"), catalog=with_routine_titled(MARKUP_TITLE))
    for size in ((80, 24), (40, 12)):
        async with h.app.run_test(size=size) as pilot:
            await pilot.pause()
            rows = seen(h.app.screen.query_one(RoutineList))
            assert any(MARKUP_TITLE in row for row in rows), rows
        h = build(
            settings=Settings(default_routine="odd"), catalog=with_routine_titled(MARKUP_TITLE)
        )


async def test_a_wrapped_preview_line_keeps_its_indent():
    h = build()
    async with h.app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        rows = [row for row in seen(h.app.screen.query_one(PlanPreview)) if row.strip()]
        child = next(i for i, row in enumerate(rows) if "Child's pose" in row)
        assert rows[child].startswith("   Child's pose")
        assert rows[child + 1].startswith("     ") and rows[child + 1].strip()


async def test_the_note_and_the_left_out_list_wrap_in_full():
    # No bundled routine misses and leaves moves out any more (five-key at 5 minutes,
    # 40plus, did until its holds could pass a minute): a fixed 100 s hold in 1-3 rounds
    # (1:45, 3:30, 5:15) and long optional moves that never fit beside it.
    extras = [fakes.hold(f"long-optional-stretch-{n}", 250, priority="optional") for n in range(4)]
    made_up = fakes.routine(
        fakes.phase("only", fakes.hold("long-hold", 100, rounds=[1, 3]), *extras),
        routine_id="made-up",
    )
    catalog = content.Catalog(routines={"made-up": made_up})
    settings = Settings(default_routine="made-up", default_minutes=5)
    h = build(settings=settings, catalog=catalog)
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = " ".join(seen(h.app.screen.query_one("#preview-notes")))
        assert "as its holds and counts move in steps." in shown
        assert shown.rstrip().endswith("Long Optional Stretch 3.")


def test_a_one_leg_block_is_previewed_once_for_both_legs(routines):
    plan = make_plan(routines["long-run-yoga"], 10)
    lines = [line.text.plain for line in preview_lines(plan)]
    assert "2. One-leg flow (left leg, then right leg)" in lines
    assert sum(line.startswith("Downward-facing dog:") for line in lines) == 1


def drawn(view: FigureView, figure: Figure) -> str:
    width, height = view.content_size
    return figure_text(figure, width, height, "left", 0)


async def test_a_small_home_shows_without_reading_the_pose_library():
    """The figure's box is hidden below 110 columns: the library is read when it shows."""
    h = build()
    bundled_library.cache_clear()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(h.app.screen, HomeScreen)
        assert bundled_library.cache_info().currsize == 0
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        figure = h.app.screen.query_one(FigureView)
        dog = h.app.parts.catalog.routines["post-run-reset"].exercises()[0]
        assert figure.render().plain == drawn(figure, exercise_figure(dog)) != ""


async def test_left_and_right_choose_a_move_its_figure_and_its_how_to():
    h = build()
    async with h.app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        home = h.app.screen
        assert isinstance(home, HomeScreen)
        routine = h.app.parts.catalog.routines["post-run-reset"]
        dog, glide = routine.exercises()[:2]
        figure = home.query_one(FigureView)
        assert figure.has_room and figure.render().plain.strip()
        assert figure.render().plain == drawn(figure, exercise_figure(dog))
        await pilot.press("right")
        assert figure.render().plain == drawn(figure, exercise_figure(glide))
        await pilot.press("i")
        assert isinstance(h.app.screen, HowToScreen)
        assert h.app.screen.exercise.id == glide.id
        await pilot.press("escape")
        assert isinstance(h.app.screen, HomeScreen)


async def test_the_footer_keeps_whole_labels_at_40_columns():
    h = build()
    async with h.app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        keys = footer_keys(h)
        shown = {k.description for k in keys}
        assert {"Start", "Help", "Quit"} <= shown
        for key in keys:
            assert key.region.right <= 40, (key.description, key.region)
            assert key.region.width >= len(key.description), key.description


def footer_keys(h: Harness) -> list[Any]:
    """The footer's keys on show (Textual's FooterKey, found by its name: not exported)."""
    return [k for k in h.app.screen.query("FooterKey") if k.display]


async def test_the_footer_makes_its_keys_once_and_again_when_a_resize_changes_them(
    monkeypatch: pytest.MonkeyPatch,
):
    made: list[Widget] = []
    real = Footer.compose

    def counted(footer: Footer) -> Any:
        for child in real(footer):  # every key Textual's footer makes, shown or dropped
            if type(child).__name__ == "FooterKey":
                made.append(child)
            yield child

    monkeypatch.setattr(Footer, "compose", counted)
    h = build()
    async with h.app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("right", "w", "2")
        wide = footer_keys(h)
        assert {"app.settings", "walk", "command_palette"} <= {k.action for k in wide}
        assert made == wide  # each key made once, however often the bindings were refreshed
        await pilot.resize_terminal(70, 24)
        await pilot.pause()
        shown = {k.action for k in footer_keys(h)}
        assert "walk" not in shown and "command_palette" not in shown
        assert {"custom", "how_to", "app.quit"} <= shown


async def test_the_hold_profile_in_force_is_shown():
    h = build(settings=Settings(profile="40plus"))
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "40plus holds" in " ".join(seen(h.app.screen.query_one("#preview-title")))


async def test_a_tap_on_a_length_box_chooses_that_length():
    # A phone has no 1 2 3 keys: the boxes showing the lengths are the targets.
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        home = h.app.screen
        assert isinstance(home, HomeScreen)
        await pilot.click("#len-5")
        assert home.minutes == 5
        await pilot.click("#len-15")
        assert home.minutes == 15
        await pilot.click("#len-custom")
        assert type(h.app.screen).__name__ == "CustomMinutes"


@pytest.mark.parametrize("routine_id", BUNDLED)
async def test_a_40plus_preview_names_the_stretches_held_under_a_minute(routine_id):
    """Issue 26 defect 2: Home said '40plus holds' over 30 and 45 s holds, unsaid."""
    h = build(settings=Settings(profile="40plus", default_routine=routine_id))
    async with h.app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        home = h.app.screen
        assert isinstance(home, HomeScreen)
        plan = home.plan()
        assert plan is not None and plan.routine.id == routine_id
        title = " ".join(seen(home.query_one("#preview-title")))
        preview = " ".join(" ".join(seen(home.query_one(PlanPreview))).split())
        if not plan.under_a_minute:
            assert "under a minute" not in (title + preview).lower()
            return
        assert f"40plus holds ({len(plan.under_a_minute)} under a minute)" in title
        assert "Under a minute, the hold this article gives:" in preview
        for hold in plan.under_a_minute:
            assert f"{hold.move} {hold.seconds} s" in preview


async def test_home_makes_a_plan_once_per_choice_not_per_key(monkeypatch: pytest.MonkeyPatch):
    """Stepping through the preview's moves (left, right) redraws the figure only: the
    plan is made again when the routine, the length or the walk changes."""
    import postrun.tui.home as home

    made: list[str] = []

    def counted(routine: Routine, *args: Any) -> Any:
        made.append(routine.id)
        return make_plan(routine, *args)

    monkeypatch.setattr(home, "make_plan", counted)
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert made == ["post-run-reset"]  # Home's first frame
        await pilot.press("right", "right", "left")
        await pilot.pause()
        assert made == ["post-run-reset"]
        await pilot.press("3")  # 15 min: a new plan (10 is the default)
        await pilot.pause()
        assert len(made) == 2
