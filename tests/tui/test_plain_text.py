"""Text from routine files and history is drawn as text everywhere, never as markup:
`[/]` does not crash the home screen, `[@click=app.quit]` is not a link that quits."""

from __future__ import annotations

from datetime import UTC, datetime

from textual.command import CommandList
from textual.visual import visualize
from textual.widgets import DataTable, Label, Select, Static

from postrun import content
from postrun.models import Routine
from postrun.store import History, Record, Settings
from postrun.tui.home import HomeScreen
from postrun.tui.preview import PlanPreview
from postrun.tui.routine_list import RoutineList
from postrun.tui.session_screen import SessionScreen
from postrun.tui.summary_screen import SummaryScreen

from .harness import build

TITLE = "[/] Evil [b]routine"
NAME = "[@click=app.quit]Move[/]"
HOSTILE = Routine.model_validate(
    {
        "id": "hostile",
        "title": TITLE,
        "summary": "[$accent]summary[/] [B]x[/B]",
        "focus": ["[red]hips"],
        "equipment": ["[b]mat"],
        "source": {"title": "T", "publisher": "P"},
        "phases": [
            {
                "id": "p",
                "title": "[@click=app.bell]Phase[/]",
                "intent": "[on red]intent[/]",
                "exercises": [
                    {
                        "id": "e",
                        "name": NAME,
                        "kind": "hold",
                        "hold": [30, 60],
                        "steps": ["[b]step[/b] one", "[link=x]two"],
                        "why": "[/]why",
                        "equipment": ["[b]mat"],
                    },
                    {
                        "id": "f",
                        "name": "[i]Second[/i]",
                        "kind": "hold",
                        "hold": [30, 60],
                        "steps": ["x"],
                        "why": "y",
                    },
                ],
            }
        ],
    }
)


def catalog() -> content.Catalog:
    found = content.load_all(include_user=False)
    found.routines = {"hostile": HOSTILE, **found.routines}
    return found


def shown(widget, obj=None) -> str:
    """The text a widget draws for `obj` (or its own content), as the screen shows it."""
    if obj is None:
        return str(widget.render())
    return str(visualize(widget, obj, markup=getattr(widget, "_render_markup", True)))


def settings() -> Settings:
    return Settings(default_routine="hostile")


async def test_home_and_the_session_show_file_text_as_text():
    h = build(settings=settings(), catalog=catalog())
    async with h.app.run_test(size=(120, 40)) as pilot:
        home = h.app.screen
        assert isinstance(home, HomeScreen)
        routines = home.query_one(RoutineList)
        first = "\n".join(routines.render_line(y).text for y in range(3))  # the first routine
        assert TITLE in first and "[red]hips" in first and "[b]mat" in first
        assert TITLE in shown(home.query_one("#preview-title", Label))
        plan_text = shown(home.query_one(PlanPreview))
        assert "[@click=app.bell]Phase[/]" in plan_text and NAME in plan_text
        await pilot.press("enter")
        screen = h.session_screen()
        assert NAME.upper() in shown(screen.query_one("#title"))
        await pilot.press("n")  # from getting into position to the move, with its how-to
        assert "[b]step[/b] one" in shown(screen.query_one("#steps"))
        assert "[i]Second[/i]" in shown(screen.query_one("#coming"))
        await pilot.press("i")  # the how-to dialog: how, why and take care, as text
        await pilot.pause()
        dialog = h.app.screen
        assert any("[/]why" in shown(s) for s in dialog.query(Static))
        await pilot.press("escape")
        await pilot.press("q", "y")
        await pilot.pause()
        summary = h.app.screen
        assert isinstance(summary, SummaryScreen)
        said = " ".join(shown(w) for w in summary.query(Static))
        assert TITLE in said and NAME in said and "[i]Second[/i]" in said


async def test_history_settings_and_notices_show_file_text_as_text(isolated_home):
    folder = isolated_home / "history"
    History(folder).add(
        Record(
            ended_at=datetime(2026, 11, 21, 8, tzinfo=UTC),
            routine="hostile",
            title=TITLE,
            minutes=10,
            profile="standard",
            planned_seconds=600,
            done_seconds=600.0,
            completed=True,
        )
    )
    (folder / "[@click=app.quit]broken.toml").write_text("x = [")
    problem = f"{isolated_home}/[b]settings[/b].toml: default_minutes: too many"
    h = build(settings=settings(), catalog=catalog(), problem=problem)
    async with h.app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        toasts = " ".join(shown(t) for t in h.app.screen.query("Toast"))
        assert "[b]settings[/b].toml" in toasts
        await pilot.press("h")
        table = h.app.screen.query_one(DataTable)
        assert TITLE in shown(table, table.get_row_at(0)[1])
        notes = " ".join(shown(w) for w in h.app.screen.query(Label))
        assert "[@click=app.quit]broken.toml" in notes
        await pilot.press("escape", "s")
        select = h.app.screen.query_one("#default_routine", Select)
        assert TITLE in shown(select.query_one("#label", Static))


async def test_the_palette_shows_titles_as_text():
    h = build(catalog=catalog())
    async with h.app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"evil")
        await pilot.pause(0.3)
        commands = h.app.screen.query_one(CommandList)
        prompts = [shown(commands, o.prompt) for o in commands.options]
        assert any(TITLE in p and "[$accent]summary[/] [B]x[/B]" in p for p in prompts), prompts
        await pilot.press("escape")
        assert isinstance(h.app.screen, HomeScreen)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        commands = h.app.screen.query_one(CommandList)
        prompts = [shown(commands, o.prompt) for o in commands.options]
        assert any(TITLE in p for p in prompts), prompts
        assert not isinstance(h.app.screen, SessionScreen)
