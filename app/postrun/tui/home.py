"""Home: choose a length and a routine, see the fitted plan, press enter."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from postrun.content import Catalog, Problem
from postrun.models import Routine
from postrun.plan import Plan, duration_range, make_plan
from postrun.store import Settings
from postrun.tui.commands import StartCommands
from postrun.tui.dialogs import CustomMinutes, HelpScreen
from postrun.tui.messages import StartSession
from postrun.tui.preview import preview_lines
from postrun.tui.text import plain, styled
from postrun.words import clock, left_out, plan_note, plan_total, plural

LENGTHS = (5, 10, 15)
FILES_LISTED = 5  # Home lists the first few broken files; `postrun check` tells all
WALKS = (0, 2, 5, 10)
LENGTH = Binding.Group("Length")


class HomeScreen(Screen[None]):
    COMMANDS = {StartCommands}
    BINDINGS = [
        Binding("1", "length(5)", "5", group=LENGTH),
        Binding("2", "length(10)", "10", group=LENGTH),
        Binding("3", "length(15)", "15 min", group=LENGTH),
        Binding("c", "custom", "Custom"),
        Binding("w", "walk", "Walk first"),
        Binding("enter", "start", "Start"),
        Binding("h", "app.history", "History"),
        Binding("s", "app.settings", "Settings"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]

    minutes: reactive[int] = reactive(10)
    routine_id: reactive[str] = reactive("")
    walk: reactive[int] = reactive(0)

    def __init__(self, catalog: Catalog, settings: Settings) -> None:
        super().__init__()
        self.catalog = catalog
        self.settings = settings
        self.set_reactive(HomeScreen.minutes, settings.default_minutes)
        first = next(iter(catalog.routines), "")
        chosen = settings.default_routine if settings.default_routine in catalog.routines else first
        self.set_reactive(HomeScreen.routine_id, chosen)
        self.set_reactive(HomeScreen.walk, settings.walk_minutes)
        self._composed = False  # watchers fire before the widgets they update exist

    def compose(self) -> ComposeResult:
        yield Label("[b]postrun[/b] - stretch after your run", id="home-title")
        with Horizontal(id="lengths"):
            for key, minutes in enumerate(LENGTHS, start=1):
                yield Static(
                    f"[b]{minutes} min[/b]\n[dim]{key}[/dim]", classes="length", id=f"len-{minutes}"
                )
            yield Static("[b]custom[/b]\n[dim]c[/dim]", classes="length", id="len-custom")
        with Horizontal(id="home-body"):
            yield OptionList(*self._options(), id="routines")
            with Vertical(id="preview"):
                yield Label(id="preview-title")
                with VerticalScroll(id="preview-scroll"):
                    yield Static(id="preview-plan")
                yield Label(id="preview-total")
        yield Static(skipped_files(self.catalog.problems), id="home-problems", markup=False)
        yield Footer()

    def _options(self) -> list[Option]:
        options = []
        for routine in self._routines():
            low, high = duration_range(routine, self.settings.plan_settings())
            gear = ", ".join(routine.equipment) or "no equipment"
            focus = ", ".join(routine.focus[:4])
            detail = f"{clock(low)}-{clock(high)} min  ·  {gear}"
            prompt = styled(
                "[b]$title[/b]\n[dim]$focus\n$detail[/dim]",
                title=routine.title,
                focus=focus,
                detail=detail,
            )
            options.append(Option(prompt, id=routine.id))
        return options

    def use_settings(self, settings: Settings) -> None:
        """New defaults from the settings screen."""
        self.settings = settings
        self.minutes = settings.default_minutes
        self.walk = settings.walk_minutes
        self._refresh()

    def _routines(self) -> list[Routine]:
        """The default routine first, then the rest as found."""
        default = self.settings.default_routine
        ordered = sorted(self.catalog.routines.values(), key=lambda r: r.id != default)
        return ordered

    def on_mount(self) -> None:
        self.query_one("#home-problems").display = bool(self.catalog.problems)
        routines = self.query_one(OptionList)
        ids = [r.id for r in self._routines()]
        if self.routine_id in ids:
            routines.highlighted = ids.index(self.routine_id)
        routines.focus()
        self._composed = True
        self._refresh()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self.routine_id = event.option.id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_start()

    def watch_minutes(self) -> None:
        self._refresh()

    def watch_routine_id(self) -> None:
        self._refresh()

    def watch_walk(self) -> None:
        self._refresh()

    def plan(self) -> Plan | None:
        routine = self.catalog.get(self.routine_id)
        if routine is None:
            return None
        return make_plan(routine, self.minutes, self.settings.plan_settings(walk_minutes=self.walk))

    def _refresh(self) -> None:
        if not self._composed:
            return
        for minutes in LENGTHS:
            self.query_one(f"#len-{minutes}").set_class(self.minutes == minutes, "-selected")
        custom = self.query_one("#len-custom", Static)
        is_custom = self.minutes not in LENGTHS
        custom.set_class(is_custom, "-selected")
        label = f"{self.minutes} min" if is_custom else "custom"
        custom.update(f"[b]{label}[/b]\n[dim]c[/dim]")
        plan = self.plan()
        if plan is None:
            return
        walk = f"  ·  walk {self.walk} min first" if self.walk else ""
        title = styled("[b]$title[/b]$walk", title=plan.routine.title, walk=walk)
        self.query_one("#preview-title", Label).update(title)
        self.query_one("#preview-plan", Static).update(plain("\n").join(preview_lines(plan)))
        notes = "\n".join(text for text in (plan_note(plan), left_out(plan)) if text)
        shown = "$total\n[dim]$notes[/dim]\n" if notes else "$total\n"
        self.query_one("#preview-total", Label).update(
            styled(shown + "[b]enter[/b] to start", total=plan_total(plan), notes=notes)
        )

    def action_length(self, minutes: int) -> None:
        self.minutes = minutes

    def action_custom(self) -> None:
        def chosen(minutes: int | None) -> None:
            if minutes:
                self.minutes = minutes

        self.app.push_screen(CustomMinutes(), chosen)

    def action_walk(self) -> None:
        self.walk = WALKS[(WALKS.index(self.walk) + 1) % len(WALKS)] if self.walk in WALKS else 0

    def action_start(self) -> None:
        plan = self.plan()
        if plan is not None:
            self.post_message(StartSession(plan))

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())


def skipped_files(problems: list[Problem]) -> str:
    """One line per routine file that was skipped: its first problem and how many more."""
    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        by_file.setdefault(str(problem.path), []).append(problem)
    lines = [f"Skipped {plural(len(by_file), 'routine file')} (postrun check FILE for all):"]
    for found in list(by_file.values())[:FILES_LISTED]:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        lines.append(f"  {found[0]}{more}")
    if len(by_file) > FILES_LISTED:
        lines.append(f"  ... and {plural(len(by_file) - FILES_LISTED, 'more file')}")
    return "\n".join(lines)
