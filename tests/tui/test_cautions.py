"""The articles' advice on screen (issue 26, defect 1): every routine's and every move's
cautions on a session's get-into-position screens, the routine's on Home's preview with
the article's credit, and a session screen that still works small. Real App, fake clock."""

from __future__ import annotations

import pytest

from postrun.paths import bundled_content_dir
from postrun.plan import PlanSettings, make_plan
from postrun.tui.home import HomeScreen
from postrun.tui.preview import PlanPreview
from postrun.tui.session.big import BigText
from postrun.tui.session.cautions import Cautions
from postrun.tui.session_screen import SessionScreen
from postrun.words import credit

from ..advice_checks import every_caution, flat, longest_plan
from .harness import build

BUNDLED = sorted(path.stem for path in bundled_content_dir().glob("*.toml"))


def cautions_shown(screen: SessionScreen) -> str:
    widget = screen.query_one(Cautions)
    if not widget.display or widget.size.height < 1:
        return ""
    return flat(str(widget.render()))


@pytest.mark.parametrize("routine_id", BUNDLED)
async def test_every_caution_shows_on_some_screen_of_a_session(routines, routine_id):
    routine = routines[routine_id]
    h = build(start=longest_plan(routine))
    seen: list[str] = []
    async with h.app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        while isinstance(h.app.screen, SessionScreen):
            seen.append(cautions_shown(h.app.screen))
            await pilot.press("N")  # the next move: it starts by getting into position
    shown = " ".join(seen)
    for caution in every_caution(routine):
        assert f"Take care: {flat(caution)}" in shown, caution


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_first_screen_shows_the_routine_cautions(routines, size):
    routine = routines["quick-full-body"]
    h = build(start=make_plan(routine, 10, PlanSettings()))
    async with h.app.run_test(size=size) as pilot:
        await pilot.pause()
        shown = cautions_shown(h.session_screen())
        for caution in routine.cautions:
            assert flat(caution) in shown
        assert str(h.session_screen().query_one("#big", BigText).render()).strip()


async def test_at_40x12_the_cautions_give_way_to_the_countdown_and_the_side(routines):
    plan = make_plan(routines["quick-full-body"], 10, PlanSettings())
    h = build(start=plan)
    quad = next(s for s in plan.steps if s.exercise_id == "standing-quad-pull")
    async with h.app.run_test(size=(40, 12)) as pilot:
        await h.advance(pilot, quad.start + 1)
        screen = h.session_screen()
        assert screen.session.step.exercise_id == "standing-quad-pull"
        assert cautions_shown(screen) == ""
        assert "LEFT" in " ".join(screen.query_one("#side", BigText).texts)
        assert set(str(screen.query_one("#big", BigText).render())) & set("▀▄█")


async def test_homes_preview_shows_the_routine_cautions_and_the_article(routines):
    h = build()
    async with h.app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        home = h.app.screen
        assert isinstance(home, HomeScreen)
        routine = routines[home.routine_id]
        preview = home.query_one(PlanPreview)
        text = flat("\n".join(str(line.text) for line in preview.lines))
        assert flat(credit(routine)) in text
        for caution in routine.cautions:
            assert flat(caution) in text
