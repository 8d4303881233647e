"""The screen the runner follows from the mat: ticks the engine and draws what it reads.

`reading.Reader` says what to show; the widgets in `tui/session/` draw it, big enough to
read from two or three metres. A tick repaints only the widgets whose words changed, and
never lays the screen out again: only a new size or kind of step does (`_arrange`).
"""

from __future__ import annotations

import math

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Resize, ScreenResume, ScreenSuspend
from textual.screen import Screen
from textual.timer import Timer

from postrun import words
from postrun.models import Exercise
from postrun.plan import Plan, Step
from postrun.reading import Reader, Reading, widest_big
from postrun.session import (
    GAP_SECONDS,
    Clock,
    Command,
    Earlier,
    Event,
    Paused,
    Session,
    Snapshot,
    Status,
    Summary,
)
from postrun.sound import SoundBoard
from postrun.tui.figure import has_figure
from postrun.tui.footer import FittingFooter
from postrun.tui.messages import SessionEnded
from postrun.tui.session.big import BigText, SideBand
from postrun.tui.session.cautions import Cautions
from postrun.tui.session.figure import Figure
from postrun.tui.session.layout import Layout, arrange
from postrun.tui.session.lines import HowTo, Line
from postrun.tui.session.served import sound_lines, touch_bars, touch_rows

MAX_TICK_GAP = 1.0  # real seconds; the engine says when anything changes sooner
NAV = Binding.Group("Skip")
TIME = Binding.Group("Time")
# The keys that are engine commands; the engine says when each means something.
COMMANDS = {
    "toggle_pause": Command.TOGGLE,
    "back": Command.BACK,
    "next_step": Command.NEXT,
    "next_move": Command.NEXT_EXERCISE,
    "add_time": Command.ADD_TIME,
    "rep_done": Command.REP_DONE,
}


class SessionScreen(Screen[None]):
    # In the order the footer shows them: the first ones stay on the narrowest screens.
    BINDINGS = [
        Binding("space", "toggle_pause", "Pause"),
        Binding("enter", "rep_done", "Rep done"),
        Binding("q", "quit_session", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("p", "back", "Back", group=NAV),
        Binding("n", "next_step", "Next", group=NAV),
        Binding("N", "next_move", "Next move", group=NAV),
        Binding("left", "back", "Back", show=False),
        Binding("right", "next_step", "Next", show=False),
        Binding("minus", "add_time(-10)", "-10 s", group=TIME),
        Binding("plus", "add_time(10)", "+10 s", group=TIME),
        Binding("m", "mute", "Mute"),
        Binding("i", "how_to", "How to"),
    ]

    DEFAULT_CSS = """
    SessionScreen { overflow: hidden; }
    SessionScreen #title, SessionScreen #place, SessionScreen #side, SessionScreen #main,
    SessionScreen #steps, SessionScreen #coming, SessionScreen #state { margin: 0 1; }
    SessionScreen #title { text-style: bold; }
    SessionScreen #place, SessionScreen #state { color: $text-muted; }
    SessionScreen #upper, SessionScreen #lower { height: auto; }
    SessionScreen #main { height: 1fr; } SessionScreen #figure { dock: left; }
    SessionScreen #info { text-align: center; text-style: bold; }
    SessionScreen #coming { color: $accent; text-style: bold; }
    """

    def __init__(
        self,
        plan: Plan,
        clock: Clock,
        sound: SoundBoard,
        *,
        lead_in: float = 3.0,
        gap_seconds: float = GAP_SECONDS,
        speed: float = 1.0,
        earlier: Earlier | None = None,  # the session this one resumes
    ) -> None:
        super().__init__()
        self.speed = speed
        self._precise: Timer | None = None
        self.plan, self.sound = plan, sound
        self.session = Session(
            plan, clock, lead_in=lead_in, gap_seconds=gap_seconds, earlier=earlier
        )
        self.reader = Reader(plan)
        self._clock = clock
        self._exercises: dict[str, Exercise] = {e.id: e for e in plan.routine.exercises()}
        self._keys_for: tuple[int, Status] | None = None  # the step and status the footer shows
        self._arranged: tuple[object, ...] = ()  # what the layout was worked out for
        self._layout: Layout | None = None
        self._reading: Reading | None = None
        self._paused_for_dialog = False
        self._ended = False  # SessionEnded posted
        self._handed_over = False  # the summary given to the App to record (end())

    def compose(self) -> ComposeResult:
        # Flat, no board round the rows: Textual would repaint it, and all in it, each tick.
        # Groups, because Textual's compositor renders every widget of a group that a
        # change touches, and the group alone when it does not: the state line's change
        # each second then renders three groups, not eight widgets.
        with Vertical(id="upper"):
            yield Line(id="title")
            yield Line(id="place")
            yield SideBand(id="side")
        with Vertical(id="main"):  # the figure docked on its left, when it has one
            yield Figure(id="figure")
            yield BigText(id="big")
            yield Line(id="info")
        with Vertical(id="lower"):
            yield HowTo(id="steps")
            yield Cautions(self.plan, id="cautions")  # on get-into-position steps
            yield Line(id="coming")
        yield Line(id="state")
        yield from touch_bars()  # served to a browser: buttons for a finger
        yield FittingFooter(compact_below=70, palette=False)  # columns: closer keys below

    def on_mount(self) -> None:
        # Kept, so that a tick finds its widgets without a query.
        self._lines = {line.id: line for line in self.query(Line) if line.id}
        self._side = self.query_one(SideBand)
        self._big = self.query_one("#big", BigText)
        self._figure = self.query_one(Figure)
        self._howto = self.query_one(HowTo)
        self._cautions = self.query_one(Cautions)
        self.sound.start_voice(self.plan)
        self.session.command(Command.START)
        self.tick()
        self.call_after_refresh(self._first_figure)

    def _first_figure(self) -> None:
        """Just after the first frame: the move's name is not kept waiting for it."""
        self._figure.ready = True
        if self._reading is not None:
            self._draw_figure(self._reading)
            self._draw_info(self._reading)  # its pace mark gives way to the figure

    def on_resize(self, event: Resize) -> None:
        if self._reading is not None:
            self._reading = None  # drawn again for the new size, now
            self.tick()

    @property
    def in_progress(self) -> bool:
        return not self._handed_over

    def end(self) -> Summary | None:
        """Finish the session if it is still going; its summary the first time only, so
        however many ways it is ended at once, it is recorded once (PostrunApp.end_session)."""
        if self._handed_over:
            return None
        self._handed_over = True
        self.session.command(Command.FINISH)
        return self.session.summary()

    def on_screen_suspend(self, event: ScreenSuspend) -> None:
        """Help, the palette, the quit question: whatever covers the session pauses it,
        uncounted, so it never runs on where the runner cannot see it."""
        if self.session.status is Status.RUNNING:
            self.session.command(Command.PAUSE, counted=False)
            self._paused_for_dialog = True
            self.tick()

    def on_screen_resume(self, event: ScreenResume) -> None:
        if self._paused_for_dialog:
            self._paused_for_dialog = False
            if self.session.status is Status.PAUSED:
                self._command(Command.RESUME)  # with the lead-in

    # ---- the loop: tick, sound, draw ---------------------------------------------

    def tick(self) -> None:
        snap = self.session.tick()
        events = self.session.drain()
        self.sound.hear(events, self._clock())
        reading = self.reader.read(snap)
        self._draw(snap, reading)
        self._show_paused(snap, events)
        self._tick_on_time(min(snap.next_due, self._next_frame_due(reading)) / self.speed)
        if snap.status is Status.FINISHED and not self._ended:
            self._ended = True
            self.post_message(SessionEnded())

    def _tick_on_time(self, seconds: float) -> None:
        """Tick again right when the next thing is due (a boundary, a cue, a digit, the
        figure's next key frame), and no more often: an idle screen costs nothing."""
        if self.session.finished:
            return
        delay = min(seconds, MAX_TICK_GAP)
        if self._precise is not None:
            self._precise.stop()
        self._precise = self.set_timer(delay + 0.001, self.tick)

    def _next_frame_due(self, reading: Reading) -> float:
        """Session seconds until the figure's next key frame (or the rep's other half)."""
        if reading.motion is None or not reading.motion_period:
            return math.inf
        parts = max(2, self._figure.frames)
        into = reading.motion * parts
        return (math.floor(into) + 1 - into) / parts * reading.motion_period

    def _draw(self, snap: Snapshot, reading: Reading) -> None:
        if reading != self._reading:
            self._arrange(reading)
            self._reading = reading
            layout = self._layout
            assert layout is not None
            where = reading.where
            title = reading.title.upper()
            if not layout.where and where:
                title = f"{title}  ·  {where}"
            self._line("#title", title)
            self._line("#place", "  ·  ".join(filter(None, (where, reading.phase))))
            sides = dict.fromkeys((layout.side_text, reading.side_short))
            self._side.show_side(reading.side, *sides)
            self._big.set_class(reading.urgent, "-urgent")
            self._big.show(*dict.fromkeys((reading.big, reading.big_short)))
            self._line("#coming", reading.next)
            self._draw_figure(reading)
            self._draw_info(reading)
        self._draw_status(snap, reading)
        if self._keys_for != (snap.index, snap.status):
            self._keys_for = (snap.index, snap.status)
            self._draw_howto()
            self.refresh_bindings()

    def _line(self, selector: str, text: str) -> None:
        self._lines[selector.lstrip("#")].show(text)

    def _draw_info(self, reading: Reading) -> None:
        info = reading.doing if not reading.count else f"{reading.count}  ·  {reading.doing}"
        self._line("#info", info + self._pace_mark(reading))

    def _pace_mark(self, reading: Reading) -> str:
        """One mark that moves with the rep, for when no figure shows the pace."""
        if reading.motion is None or reading.big_kind != "count" or self._figure.moving:
            return ""
        return "  ·  ●○" if reading.motion < 0.5 else "  ·  ○●"

    def _draw_figure(self, reading: Reading) -> None:
        work = reading.work
        self._figure.show_work(self._exercises.get(work.exercise_id), work, reading.motion)

    def _arrange(self, reading: Reading) -> None:
        """Share the screen out again, only when the size or the kind of step changed."""
        width, height = self.size
        step = self.session.step
        lines = self._howto_lines(step)
        exercise = self._exercises.get(reading.work.exercise_id)
        sides = tuple(dict.fromkeys(t for t in (reading.side_big, reading.side_short) if t))
        key = (
            width,
            height,
            sides,
            reading.switching,
            exercise is not None and has_figure(exercise, reading.work.position),
            reading.big_kind == "move",
            (len(lines), self._cautions.at(self.session.index)),
        )
        if key == self._arranged:
            return
        self._arranged = key
        layout = arrange(
            width - 2,  # the margins
            height - touch_rows(),
            side=sides,
            switching=reading.switching,
            big=widest_big(step, reading.big_kind),
            figure=bool(key[4]),
            getting_ready=reading.big_kind == "move",
            howto=sum(1 + len(line) // max(1, width - 6) for line in lines),
            cautions=self._cautions.rows(width - 2),
        )
        self._layout = layout
        self.query_one("#place").display = layout.where
        self.query_one("#state").display = layout.status
        side = self.query_one(SideBand)
        side.display = layout.side_rows > 0
        side.styles.height = layout.side_rows or 1
        self.query_one("#main").styles.height = layout.main_rows
        figure = self.query_one(Figure)
        figure.display = layout.figure_cols > 0
        figure.styles.width = layout.figure_cols or 1
        howto = self.query_one(HowTo)
        howto.display = layout.howto_rows > 0
        howto.styles.height = layout.howto_rows or 1
        self._cautions.place(layout.caution_rows)
        self.call_after_refresh(figure.draw_ahead)  # at its new size
        big = self.query_one("#big", BigText)
        if big.largest != layout.largest:
            big.largest = layout.largest
            big.refresh()

    def _howto_lines(self, step: Step) -> tuple[str, ...]:
        exercise = self._exercises.get(self.reader.work_at(self.session.index).exercise_id)
        lines = exercise.steps if exercise is not None else []
        return tuple(lines[:1] if step.kind == "prepare" else lines)

    def _draw_howto(self) -> None:
        self._howto.show(self._howto_lines(self.session.step))
        if self._reading is not None:
            self._arrange(self._reading)

    def _show_paused(self, snap: Snapshot, events: list[Event]) -> None:
        """Put up the paused screen whenever the engine is paused and nothing else is up."""
        covered = self.app.screen is not self or self._paused_for_dialog
        if snap.status is not Status.PAUSED or covered:
            return
        gap = any(isinstance(e, Paused) and e.reason == "gap" for e in events)
        reason = words.PAUSED_AWAY if gap else words.PAUSED_BY_YOU

        def chosen(choice: str | None) -> None:
            if choice == "quit":
                self.action_quit_session()
            else:
                self._command(Command.RESUME)

        from postrun.tui.dialogs import PausedScreen  # dialogs load when first opened

        self.app.push_screen(PausedScreen(reason), chosen)

    def _draw_status(self, snap: Snapshot, reading: Reading) -> None:
        state = {Status.PAUSED: "⏸ paused", Status.FINISHED: "✓ finished"}.get(snap.status, "▶")
        room = self.size.width - 2  # the margins
        for sound in sound_lines(self.sound):
            line = f"{state}   ·   {reading.left}   ·   {sound}"
            if len(line) <= room:
                break  # else the why gives way: `postrun doctor` says it in full
        self._line("#state", line)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Show only the keys that mean something for the step on screen."""
        command = COMMANDS.get(action)
        return command is None or self.session.accepts(command)

    def _command(self, command: Command, seconds: float = 10.0) -> None:
        self.session.command(command, seconds)
        self.tick()

    def action_toggle_pause(self) -> None:
        self._command(Command.TOGGLE)

    def action_next_step(self) -> None:
        self._command(Command.NEXT)

    def action_next_move(self) -> None:
        self._command(Command.NEXT_EXERCISE)

    def action_back(self) -> None:
        self._command(Command.BACK)

    def action_add_time(self, seconds: int) -> None:
        self._command(Command.ADD_TIME, seconds)

    def action_rep_done(self) -> None:
        self._command(Command.REP_DONE)

    def action_mute(self) -> None:
        self.sound.toggle_mute()
        self.tick()

    def action_how_to(self) -> None:
        """How, why and take care, with the figure for this side; it pauses like any dialog."""
        work = self.reader.work_at(self.session.index)
        exercise = self._exercises.get(work.exercise_id)
        if exercise is not None:
            from postrun.tui.howto_screen import HowToScreen

            self.app.push_screen(
                HowToScreen(exercise, work.side, work.position, self.plan.routine.id)
            )

    def action_help(self) -> None:
        from postrun.tui.dialogs import HelpScreen

        self.app.push_screen(HelpScreen(in_session=True))

    def action_quit_session(self) -> None:
        """Ask first; the question pauses the session like any dialog (on_screen_suspend)."""

        def answered(end: bool | None) -> None:
            if end:
                self._paused_for_dialog = False
                self._command(Command.FINISH)
            else:
                self.tick()  # paused before q: the paused box comes back

        from postrun.tui.dialogs import ConfirmQuit

        self.app.push_screen(ConfirmQuit(), answered)
