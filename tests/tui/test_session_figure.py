"""The session screen's figure: drawn once per key frame, never stale beside the count,
its room kept from the first frame, and a tick that repaints only what changed. Real
App, fake clock."""

from __future__ import annotations

import pytest
from textual.screen import Screen
from textual.widget import Widget

from postrun import content
from postrun.models import PositionsExercise
from postrun.plan import PlanSettings, make_plan
from postrun.tui.figure import exercise_figure, figure_text, has_figure
from postrun.tui.session.big import BigText, drawn
from postrun.tui.session.figure import Figure
from postrun.tui.session_screen import SessionScreen

from .harness import build, drawn_lines, go_to, said


async def test_a_rep_moves_figure_drawn_once_per_frame_not_per_tick():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        screen = await go_to(h, pilot, lambda s: s.kind == "reps", offset=0.5)
        figure = screen.query_one(Figure)
        assert figure.display and figure.size.width >= 30
        await pilot.pause()
        before = figure_text.cache_info().misses  # every key frame, drawn ahead as the reps began
        width, height = figure.content_size
        poses = exercise_figure(screen.plan.routine.exercises()[0])
        frames = [figure_text(poses, width, height, "left", n).split("\n") for n in (0, 1)]
        shown = set()
        for _ in range(24):  # a tick every 0.5 s over 12 s: both key frames, many times
            await h.advance(pilot, 0.5)
            lines = drawn_lines(figure)
            # Only the rows that differ are drawn again: each is one whole key frame.
            assert [line.rstrip() for line in lines] in [
                [row.rstrip() for row in frame] for frame in frames
            ]
            shown.add(tuple(lines))
        assert len(shown) == 2  # the prancing feet alternate
        assert figure_text.cache_info().misses == before  # no tick drew a figure


async def test_across_key_frame_changes_the_count_and_time_left_on_screen_are_never_stale():
    """The figure, the count and the time left change at different moments; each tick
    the screen shows all three as they are now."""
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        screen = await go_to(h, pilot, lambda s: s.kind == "reps", offset=0.5)
        big, figure = screen.query_one("#big", BigText), screen.query_one(Figure)
        assert figure.display
        counts, lefts = set(), set()
        for _ in range(16):  # a tick every 0.5 s: key frames, reps and seconds
            await h.advance(pilot, 0.5)
            reading = screen.reader.read(screen.session.tick())
            width, height = big.content_size
            expected = drawn((reading.big,), width, height, big.largest)
            assert [line.rstrip() for line in drawn_lines(big)][: len(expected)] == [
                row.rstrip() for row in expected
            ]
            state = drawn_lines(screen.query_one("#state"))[0]
            assert f"{reading.left}" in state
            counts.add(reading.big)
            lefts.add(reading.left)
        assert len(counts) >= 2 and len(lefts) >= 7


@pytest.mark.parametrize(("size", "figure"), [((60, 20), False), ((100, 30), True)])
async def test_the_pace_mark_moves_with_the_rep_only_where_no_figure_shows_it(size, figure):
    h = build()
    async with h.app.run_test(size=size) as pilot:
        await pilot.press("enter")
        screen = await go_to(h, pilot, lambda s: s.kind == "reps", offset=0.5)
        assert screen.query_one(Figure).display is figure
        marks = set()
        for _ in range(12):  # both halves of several reps
            await h.advance(pilot, 0.5)
            info = said(screen, "#info")
            assert info.startswith("rep ")
            marks.add(info[-2:] if "●" in info else "")
        assert marks == ({""} if figure else {"●○", "○●"})


async def test_the_first_frame_keeps_the_figures_room_and_the_figure_comes_right_after(
    monkeypatch,
):
    """The move's name is not kept waiting for the figure (reading poses and drawing
    take longer than the rest), and the figure comes in without moving anything."""
    catalog = content.load_all(include_user=False)
    plan = make_plan(catalog.routines["post-run-reset"], 10, PlanSettings())
    h = build(start=plan, catalog=catalog)
    seen: list[tuple[str, int]] = []
    paint = Screen._compositor_refresh

    def reading(*args):
        seen.append(("read", 0))
        return exercise_figure(*args)

    def drawing(*args):
        seen.append(("drawn", 0))
        return figure_text(*args)

    def painting(screen):
        if isinstance(screen, SessionScreen) and screen.is_current:
            seen.append(("frame", screen.query_one(Figure).size.width))
        return paint(screen)

    monkeypatch.setattr("postrun.tui.session.figure.exercise_figure", reading)
    monkeypatch.setattr("postrun.tui.session.figure.figure_text", drawing)
    monkeypatch.setattr(Screen, "_compositor_refresh", painting)
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        figure = h.session_screen().query_one(Figure)
        assert str(figure.render()).strip()  # the figure is up
    first, width = seen[0]
    assert first == "frame" and width >= 20  # its room kept from the first frame
    assert {w for what, w in seen if what == "frame"} == {width}  # and never moved
    assert ("drawn", 0) in seen


def test_the_figures_room_is_kept_for_every_move_that_has_a_figure_and_no_other():
    catalog = content.load_all(include_user=False)
    for routine in catalog.routines.values():
        for move in routine.exercises():
            names = [p.name for p in move.positions] if isinstance(move, PositionsExercise) else []
            for position in [None, "no such position", *names]:
                assert has_figure(move, position) == bool(exercise_figure(move, position))


async def test_a_tick_in_a_hold_repaints_only_what_changed_and_never_lays_out(monkeypatch):
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await go_to(h, pilot, lambda s: s.kind == "hold", offset=5)
        await pilot.pause()
        refreshed: list[tuple[str, bool]] = []
        original = Widget.refresh

        def spy(self, *regions, repaint=True, layout=False, recompose=False):
            refreshed.append((self.id or type(self).__name__, layout))
            return original(self, *regions, repaint=repaint, layout=layout, recompose=recompose)

        monkeypatch.setattr(Widget, "refresh", spy)
        await h.advance(pilot, 5)
        assert not [name for name, layout in refreshed if layout]
        assert {name for name, _ in refreshed} <= {"big", "state"}
