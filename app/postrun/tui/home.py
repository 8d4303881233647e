"""Home: choose a length and a routine, see the fitted plan and its moves, press enter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Click, Resize, ScreenResume
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Label, Static

from postrun.content import Catalog
from postrun.models import Exercise, Routine
from postrun.plan import Plan, PlanSettings, RunType, make_plan
from postrun.store import Settings
from postrun.tui import after_run
from postrun.tui.after_run import AfterRun
from postrun.tui.commands import StartCommands
from postrun.tui.figure import FigureView
from postrun.tui.footer import FittingFooter
from postrun.tui.messages import LeaveOut, StartSession
from postrun.tui.preview import Line, PlanPreview, moves_of, preview_lines
from postrun.tui.resume import ResumeOffer
from postrun.tui.routine_list import RoutineList, routine_entries
from postrun.tui.size_classes import size_classes
from postrun.tui.text import plain, styled
from postrun.words import (
    HOME_KEYS,
    left_out,
    plan_header,
    plan_note,
    plan_total,
    skipped_files,
)

if TYPE_CHECKING:  # the offer is looked for after the first frame, a run composed when chosen
    from postrun.plan import Composed
    from postrun.store import Offer

LENGTHS = (5, 10, 15)
WALKS = (0, 2, 5, 10)
LENGTH = Binding.Group("Length")
NARROW = 60  # below this many columns the routines list shows titles only, above the plan


class HomeScreen(Screen[None]):
    COMMANDS = {StartCommands}
    BINDINGS = [  # the footer's order, whether or not the routines list has the focus
        Binding("enter", "start", "Start", priority=True),
        Binding("r", "resume", "Resume"),
        Binding("x", "dismiss_resume", "Dismiss", show=False),
        Binding("1", "length(5)", "5", group=LENGTH),
        Binding("2", "length(10)", "10", group=LENGTH),
        Binding("3", "length(15)", "15 min", group=LENGTH),
        Binding("c", "custom", "Custom"),
        Binding("w", "walk", "Walk first"),
        Binding("left", "move(-1)", "Move", show=False),
        Binding("right", "move(1)", "Move", show=False),
        Binding("i", "how_to", "How to"),
        Binding("a", "after_run", "After a run", show=False),  # its row shows the key
        Binding("o", "leave_out", "Not for me", show=False),  # x: resume's
        Binding("h", "app.history", "History"),
        Binding("s", "app.settings", "Settings"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]
    FOOTER_ROOM = {"custom": 60, "how_to": 60, "walk": 80, "app.history": 100, "app.settings": 100}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-medium"), (110, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (22, "-tall"), (50, "-very-tall")]
    DEFAULT_CSS = """
    HomeScreen {
        #home-title { padding: 0 2; height: 1; margin-top: 1; }
        #lengths { height: 5; padding: 0 1; }
        .length {
            width: 1fr; height: 4; margin: 0 1;
            border: round $panel-lighten-2;
            content-align: center middle; text-align: center;
        }
        .length.-selected { border: heavy $accent; color: $accent; }
        #home-body { height: 1fr; padding: 0 2; }
        #routines { width: 2fr; height: 1fr; }
        #preview { width: 3fr; padding: 0 0 0 2; }
        #preview-title { width: 100%; }
        #preview-main { height: 1fr; }
        #preview-scroll { width: 3fr; height: 1fr; min-height: 2; }
        #preview-figure { display: none; width: 2fr; max-width: 40; height: 12; margin-left: 1; }
        #preview-total { margin-top: 1; width: 100%; }
        #preview-notes { width: 100%; color: $text-muted; }
        #preview-notes-inline { display: none; width: 100%; color: $text-muted; margin-top: 1; }
        #preview-keys { width: 100%; color: $text-muted; }
        #preview-notes.-empty, #preview-notes-inline.-empty { display: none; }
        #home-problems { height: auto; max-height: 7; padding: 0 2; color: $warning; }
        &.-wide.-tall #preview-figure { display: block; }
        &.-wide.-very-tall #preview-figure { display: block; height: 18; max-width: 48; }
        &.-short {
            #home-title { display: none; }
            #lengths { height: 1; }
            .length { height: 1; border: none; }
            .length.-selected { background: $accent; color: auto 90%; text-style: bold; }
            #preview-notes, #preview-keys { display: none; }
            #preview-notes-inline { display: block; }
        }
        &.-narrow {
            #home-body { layout: vertical; padding: 0 1; }
            #routines { width: 100%; height: 30%; min-height: 3; border: none; }
            #preview { width: 100%; padding: 0; }
            #preview-title, #preview-keys { display: none; }
            #preview-total { margin-top: 0; }
        }
    }
    """

    minutes: reactive[int] = reactive(10)
    routine_id: reactive[str] = reactive("")
    walk: reactive[int] = reactive(0)
    move: reactive[int] = reactive(0)

    def __init__(self, catalog: Catalog, settings: Settings) -> None:
        super().__init__()
        self.catalog = catalog
        self.settings = settings
        self.set_reactive(HomeScreen.minutes, settings.default_minutes)
        first = self._routines()[0].id if catalog.routines else ""
        chosen = settings.default_routine if settings.default_routine in catalog.routines else first
        self.set_reactive(HomeScreen.routine_id, chosen)
        self.set_reactive(HomeScreen.walk, settings.walk_minutes)
        self._composed = False  # watchers fire before the widgets they update exist
        self._narrow: bool | None = None
        self._lines: list[Line] = []
        self.run: RunType | None = None  # a session made for this run is shown, not a routine
        self._composer = after_run.Composer(catalog)
        self._planned: tuple[tuple[str, int, PlanSettings], Plan] | None = None

    def compose(self) -> ComposeResult:
        self.update_classes(size_classes(self, self.app.size), update=False)  # styled once
        yield ResumeOffer(id="resume")  # hidden until the App finds a session to resume
        yield Label("[b]postrun[/b] - stretch after your run", id="home-title")
        # Each widget starts with the classes `_refresh` would give it: styled once, at mount.
        with Horizontal(id="lengths"):
            for key, minutes in enumerate(LENGTHS, start=1):
                shown = f"[b]{minutes} min[/b]\n[dim]{key}[/dim]"
                yield Static(shown, classes=self._length_classes(minutes), id=f"len-{minutes}")
            yield Static(
                "[b]custom[/b]\n[dim]c[/dim]", classes=self._length_classes(None), id="len-custom"
            )
        yield AfterRun(id="after-run")
        with Horizontal(id="home-body"):
            yield RoutineList(id="routines")
            with Vertical(id="preview"):
                yield Label(id="preview-title")
                with Horizontal(id="preview-main"):
                    with VerticalScroll(id="preview-scroll"):  # tab, then up and down
                        yield PlanPreview(id="preview-plan")
                        yield Label(id="preview-notes-inline", classes="-empty", markup=False)
                    yield FigureView(id="preview-figure")
                yield Label(id="preview-total", markup=False)
                yield Label(id="preview-notes", classes="-empty", markup=False)  # most have none
                yield Label(HOME_KEYS, id="preview-keys")
        yield Static(skipped_files(self.catalog.problems), id="home-problems", markup=False)
        yield FittingFooter()

    def _length_classes(self, minutes: int | None) -> str:
        return "length -selected" if self._length_chosen(minutes) else "length"

    def _length_chosen(self, minutes: int | None) -> bool:
        """Whether a length's box is the one chosen; None is the custom box."""
        return self.minutes == minutes if minutes else self.minutes not in LENGTHS

    def use_settings(self, settings: Settings) -> None:
        """New defaults from the settings screen."""
        self.settings = settings
        self.minutes = settings.default_minutes
        self.walk = settings.walk_minutes
        self._refresh()

    def _routines(self) -> list[Routine]:
        """Routines by title, as a reader looks for one."""
        return sorted(self.catalog.routines.values(), key=lambda r: (r.title.casefold(), r.id))

    def on_mount(self) -> None:
        self.query_one("#home-problems").display = bool(self.catalog.problems)
        self._list_routines(self.app.size.width < NARROW)
        self.query_one(RoutineList).focus()
        self._composed = True
        self._refresh()

    def on_resize(self, event: Resize) -> None:
        self._list_routines(event.size.width < NARROW)

    def on_screen_resume(self, event: ScreenResume) -> None:
        self._list_routines(self.app.size.width < NARROW)  # resized while a dialog was up

    def _list_routines(self, narrow: bool) -> None:
        """Titles alone when narrow, with focus and range when there is room."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        entries = routine_entries(self._routines(), self.settings.plan_settings(), narrow=narrow)
        self.query_one(RoutineList).show(entries, self.routine_id)

    def on_option_list_option_highlighted(self, event: RoutineList.OptionHighlighted) -> None:
        self._choose_run(None)
        self.routine_id = event.option_id or ""

    def on_option_list_option_selected(self, event: RoutineList.OptionSelected) -> None:
        if self.run is not None:  # back from a run's session to the routine: shown, not started
            self._choose_run(None)
        else:
            self.action_start()

    def watch_minutes(self) -> None:
        self._refresh()

    def watch_routine_id(self) -> None:
        self.set_reactive(HomeScreen.move, 0)
        self._refresh()

    def watch_walk(self) -> None:
        self._refresh()

    def watch_move(self) -> None:
        self._show_move()

    def use_left_out(self, settings: Settings) -> None:
        """Settings whose moves left out changed (`o`): the plan again, the length kept."""
        self.settings = settings
        self._refresh()

    def composed(self) -> Composed | None:
        """The session made for the chosen run; None for a routine, or if no move suits."""
        return self._composer.made(self.settings, self.run, self.minutes, self.walk)

    def _origin(self, exercise_id: str) -> str | None:
        """The routine a shown move comes from, for `o` (a composed plan's: its article's)."""
        composed = self.composed()
        return composed.origins.get(exercise_id) if composed else self.routine_id

    def _choose_run(self, run: RunType | None) -> None:
        if run == self.run:
            return
        self.run = run
        self.query_one(AfterRun).show(run)
        self.set_reactive(HomeScreen.move, 0)
        if run is not None:
            self.set_reactive(HomeScreen.minutes, after_run.run_minutes(run))
        self._refresh()

    def on_after_run_chosen(self, event: AfterRun.Chosen) -> None:
        self._choose_run(event.run)

    def action_after_run(self) -> None:
        self._choose_run(after_run.next_run(self.run))

    def action_leave_out(self) -> None:
        """`o`: the chosen move is not for me (the App saves it and says how to undo)."""
        chosen = self._chosen()
        routine_id = self._origin(chosen[0].id) if chosen else None
        if chosen and routine_id:
            exercise = chosen[0]
            self.post_message(LeaveOut(routine_id, exercise.id, exercise.name))

    def plan(self) -> Plan | None:
        if self.run is not None:
            composed = self.composed()
            return composed.plan if composed else None
        routine = self.catalog.get(self.routine_id)
        if routine is None:
            return None
        key = (routine.id, self.minutes, self.settings.plan_settings(walk_minutes=self.walk))
        if self._planned is None or self._planned[0] != key:  # made once, not per key press
            self._planned = (key, make_plan(routine, key[1], key[2]))
        return self._planned[1]

    def _refresh(self) -> None:
        if not self._composed:
            return
        for minutes in LENGTHS:
            self.query_one(f"#len-{minutes}").set_class(self._length_chosen(minutes), "-selected")
        custom = self.query_one("#len-custom", Static)
        custom.set_class(self._length_chosen(None), "-selected")
        label = f"{self.minutes} min" if self._length_chosen(None) else "custom"
        custom.update(f"[b]{label}[/b]\n[dim]c[/dim]")
        plan = self.plan()
        title = self.query_one("#preview-title", Label)
        if plan is None:
            if self.run is not None:  # nothing suits the run with this kit: say so, show nothing
                title.update(plain(after_run.nothing_line(self.run, self.settings)))
                self._lines = []
                self.query_one("#preview-total", Label).update("")
                self._show_move()
            return
        title.update(styled("[b]$header[/b]", header=plan_header(plan)))
        self._lines = preview_lines(plan) + after_run.credit_lines(self.composed())
        self.set_reactive(HomeScreen.move, min(self.move, max(len(moves_of(self._lines)) - 1, 0)))
        self.query_one("#preview-total", Label).update(plain(plan_total(plan)))
        notes = "\n".join(text for text in (plan_note(plan), left_out(plan)) if text)
        for where in ("#preview-notes", "#preview-notes-inline"):  # below, or in the scroll
            self.query_one(where, Label).update(plain(notes))
            self.query_one(where).set_class(not notes, "-empty")
        self._show_move()

    def _show_move(self) -> None:
        """Highlight the chosen move, keep it in sight, and show its figure."""
        if not self._composed:
            return
        preview = self.query_one(PlanPreview)
        preview.show(self._lines, self.move)
        chosen = self._chosen()
        if chosen:
            self.query_one(FigureView).show_move(*chosen)
        else:
            self.query_one(FigureView).show(())

    def _chosen(self) -> tuple[Exercise, str | None] | None:
        """The chosen move's exercise and position, or None (nothing, or the walk first)."""
        moves = moves_of(self._lines)
        plan = self.plan()
        routine = plan.routine if plan else None
        if not moves or routine is None:
            return None
        step = moves[min(self.move, len(moves) - 1)]
        found = [e for e in routine.exercises() if e.id == step.exercise_id]
        return (found[0], step.position) if found else None

    def on_click(self, event: Click) -> None:
        # The length boxes are the phone's 1 2 3 c keys (`postrun serve` has no keyboard).
        length = (event.widget.id or "") if event.widget else ""
        if length == "len-custom":
            self.action_custom()
        elif length.startswith("len-"):
            self.action_length(int(length.removeprefix("len-")))

    def action_length(self, minutes: int) -> None:
        self.minutes = minutes

    def action_custom(self) -> None:
        from postrun.tui.dialogs import CustomMinutes  # dialogs load when first opened

        def chosen(minutes: int | None) -> None:
            if minutes:
                self.minutes = minutes

        self.app.push_screen(CustomMinutes(), chosen)

    def action_walk(self) -> None:
        self.walk = WALKS[(WALKS.index(self.walk) + 1) % len(WALKS)] if self.walk in WALKS else 0

    def action_move(self, by: int) -> None:
        count = len(moves_of(self._lines))
        if count:
            self.move = (self.move + by) % count

    def action_how_to(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            from postrun.tui.howto_screen import HowToScreen

            exercise, position = chosen
            where = self._origin(exercise.id)
            self.app.push_screen(HowToScreen(exercise, position=position, routine_id=where))

    def action_start(self) -> None:
        plan = self.plan()
        if plan is not None:
            self.post_message(StartSession(plan, composed=self.composed()))

    def show_offer(self, offer: Offer | None) -> None:
        """The App's answer, which may come while another screen is up or leaving: the
        footer is told only while Home is on top (it looks again when Home comes back).
        After the App has closed, Home's widgets are gone: nothing to show it on."""
        shown = self.query(ResumeOffer)
        if not shown:
            return
        shown.first().show(offer)
        if self.is_current:
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.query_one(ResumeOffer).allows(action)  # r and x only with an offer

    def action_resume(self) -> None:
        self.query_one(ResumeOffer).choose()

    def action_dismiss_resume(self) -> None:
        self.show_offer(None)

    def action_help(self) -> None:
        from postrun.tui.dialogs import HelpScreen

        self.app.push_screen(HelpScreen())
