"""Home's routine list as a runner uses it: keys, the mouse, a highlight that stays in
sight and shows whether the list has the focus, and lines cut with an ellipsis."""

from __future__ import annotations

from rich.color import Color
from rich.style import Style

from postrun import content
from postrun.store import Settings
from postrun.tui.home import HomeScreen
from postrun.tui.routine_list import RoutineList

from .harness import Harness, build
from .test_home import seen, with_routine_titled

LONG_TITLE = "A very long routine title that cannot fit in a narrow list at all"


def home_of(h: Harness) -> tuple[HomeScreen, RoutineList]:
    home = h.app.screen
    assert isinstance(home, HomeScreen)
    return home, home.query_one(RoutineList)


def ids_of(routines: RoutineList) -> list[str]:
    return [option.id or "" for option in routines.options]


def chosen_id(routines: RoutineList) -> str | None:
    option = routines.highlighted_option
    return option.id if option else None


def next_to(routines: RoutineList, by: int) -> str:
    """The id of the routine `by` places from the highlighted one."""
    assert routines.highlighted is not None
    return ids_of(routines)[routines.highlighted + by]


def title_of(h: Harness, routine_id: str) -> str:
    return h.app.parts.catalog.routines[routine_id].title


def row_of(routines: RoutineList, text: str) -> int:
    """The row on screen (within the list's content) where `text` is drawn."""
    return next(y for y, row in enumerate(seen(routines)) if text in row)


def background(routines: RoutineList, y: int) -> Color | None:
    segment = next(iter(routines.render_line(y)))
    return (segment.style or Style()).bgcolor


def drawn(color: Color | None) -> str:
    """A colour as a screenshot writes it."""
    assert color is not None and color.triplet is not None
    return color.triplet.hex


async def test_up_down_home_and_end_choose_the_routine_and_go_round():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home, routines = home_of(h)
        ids = ids_of(routines)
        start = ids.index("post-run-reset")
        await pilot.press("down")
        assert home.routine_id == ids[start + 1] == chosen_id(routines)
        assert title_of(h, ids[start + 1]) in seen(home.query_one("#preview-title"))[0]
        await pilot.press("up", "up")
        assert home.routine_id == ids[start - 1]
        await pilot.press("end")
        assert home.routine_id == ids[-1]
        await pilot.press("down")  # round to the first, as Textual's lists do
        assert home.routine_id == ids[0]
        await pilot.press("up")
        assert home.routine_id == ids[-1]
        await pilot.press("home")
        assert home.routine_id == ids[0]


async def test_the_highlight_stays_in_sight_from_the_start_and_by_page():
    last = build().app.parts.catalog
    ids = sorted(last.routines, key=lambda i: (last.routines[i].title.casefold(), i))
    h = build(settings=Settings(default_routine=ids[-1]))
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        _, routines = home_of(h)
        assert routines.virtual_size.height > routines.scrollable_content_region.height
        assert any(title_of(h, ids[-1]) in row for row in seen(routines))  # scrolled to it
        await pilot.press("home")
        await pilot.pause()
        assert any(title_of(h, ids[0]) in row for row in seen(routines))
        await pilot.press("pagedown")
        await pilot.pause()
        assert (routines.highlighted or 0) > 1  # more than one routine on
        chosen = title_of(h, chosen_id(routines) or "")
        assert any(chosen in row for row in seen(routines))
        await pilot.press("pageup")
        await pilot.pause()
        assert routines.highlighted == 0


async def test_a_click_chooses_a_routine_and_a_second_click_starts_it():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home, routines = home_of(h)
        other = next_to(routines, 1)
        y = row_of(routines, title_of(h, other)) + 1  # below the list's top border
        assert await pilot.click(RoutineList, offset=(4, y))
        await pilot.pause()
        assert home.routine_id == other and h.app.screen is home  # chosen, not started
        assert await pilot.click(RoutineList, offset=(4, y))
        await pilot.pause()
        assert h.session_screen().session.plan.routine.id == other


async def test_a_long_title_ends_in_an_ellipsis():
    catalog = with_routine_titled(LONG_TITLE)
    h = build(settings=Settings(default_routine="odd"), catalog=catalog)
    async with h.app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        _, routines = home_of(h)
        row = seen(routines)[row_of(routines, "A very long")]
        assert row.endswith("…") and len(row) <= routines.scrollable_content_region.width


async def test_the_highlight_shows_whether_the_list_has_the_focus():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        _, routines = home_of(h)
        chosen = row_of(routines, title_of(h, "post-run-reset"))
        other = row_of(routines, title_of(h, next_to(routines, -1)))
        focused = background(routines, chosen)
        assert routines.has_focus and focused != background(routines, other)
        await pilot.press("tab")  # to the plan
        await pilot.pause()
        blurred = background(routines, chosen)
        assert not routines.has_focus and blurred not in (focused, background(routines, other))
        assert f'fill="{drawn(blurred)}"' in h.app.export_screenshot()  # repainted so


async def test_with_no_routines_the_keys_and_the_mouse_do_nothing():
    h = build(catalog=content.Catalog())
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home, routines = home_of(h)
        assert ids_of(routines) == [] and not any(row.strip() for row in seen(routines))
        await pilot.press("down", "up", "end", "home", "pagedown", "pageup")
        assert await pilot.click(RoutineList, offset=(4, 2))
        await pilot.press("enter")
        await pilot.pause()
        assert h.app.screen is home and home.routine_id == ""


async def test_the_chosen_routine_stays_chosen_across_a_narrowing():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home, routines = home_of(h)
        await pilot.press("down")
        chosen = home.routine_id
        assert routines.virtual_size.height == 3 * len(ids_of(routines))
        await pilot.resize_terminal(50, 20)  # titles only
        await pilot.pause()
        assert chosen_id(routines) == chosen == home.routine_id
        assert routines.virtual_size.height == len(ids_of(routines))
        assert any(title_of(h, chosen) in row for row in seen(routines))


async def test_a_run_chosen_stays_chosen_when_a_narrowing_lists_the_routines_again():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home, routines = home_of(h)
        await pilot.press("a")  # after an easy run
        await pilot.resize_terminal(50, 20)  # titles only: the list is filled again
        await pilot.pause()
        assert len(routines.options) > 1 and routines.virtual_size.height == len(routines.options)
        assert home.run == "easy" and h.app.screen is home


async def test_the_routine_under_the_mouse_is_marked():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        _, routines = home_of(h)
        chosen = row_of(routines, title_of(h, "post-run-reset"))
        below = row_of(routines, title_of(h, next_to(routines, 1)))
        plain = background(routines, below)
        await pilot.hover(RoutineList, offset=(4, below + 1))  # below the top border
        await pilot.pause()
        hovered = background(routines, below)
        assert hovered not in (plain, background(routines, chosen))
        await pilot.hover("#preview-plan")
        await pilot.pause()
        assert background(routines, below) == plain


async def test_the_click_that_brings_the_focus_back_only_chooses():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home, routines = home_of(h)
        y = row_of(routines, title_of(h, "post-run-reset")) + 1
        await pilot.press("tab")  # to the plan
        assert not routines.has_focus
        assert await pilot.click(RoutineList, offset=(4, y))
        await pilot.pause()
        assert routines.has_focus and h.app.screen is home
        assert await pilot.click(RoutineList, offset=(4, y))
        await pilot.pause()
        assert h.session_screen().session.plan.routine.id == "post-run-reset"


async def test_the_highlight_stays_in_sight_when_the_terminal_gets_shorter():
    catalog = build().app.parts.catalog
    last = max(catalog.routines.values(), key=lambda r: (r.title.casefold(), r.id))
    h = build(settings=Settings(default_routine=last.id))
    async with h.app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        _, routines = home_of(h)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert any(last.title in row for row in seen(routines))
