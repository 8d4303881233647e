"""The screen the runner follows from the mat: ticks the engine and draws what it reads.

`reading.Reader` says what to show; `tui/session/view.py` draws it onto the widgets in
`tui/session/`, big enough to read from two or three metres. This module keeps the
session's time (a tick when something is due), its keys and its dialogs.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.events import Resize, ScreenResume, ScreenSuspend
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip
from textual.timer import Timer

from postrun import words
from postrun.plan import Plan
from postrun.reading import Reader, Reading
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
from postrun.tui.footer import FittingFooter
from postrun.tui.kept import KeptRows
from postrun.tui.messages import SessionEnded
from postrun.tui.session.served import touch_bars
from postrun.tui.session.view import SessionView, widgets

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
        self._keys_for: tuple[int, Status] | None = None  # the step and status the footer shows
        self._paused_for_dialog = False
        self._ended = False  # SessionEnded posted
        self._handed_over = False  # the summary given to the App to record (end())
        self._kept = KeptRows()  # the screen's own rows: its background

    def compose(self) -> ComposeResult:
        yield from widgets(self.plan)
        yield from touch_bars()  # served to a browser: buttons for a finger
        yield FittingFooter(compact_below=70, palette=False)  # columns: closer keys below

    def render_lines(self, crop: Region) -> list[Strip]:
        return self._kept.lines(self, None, crop)

    def on_mount(self) -> None:
        self.view = SessionView(self, self.session, self.reader, self.sound)
        self.sound.start_voice(self.plan)
        self.session.command(Command.START)
        self.tick()
        self.call_after_refresh(self._first_figure)

    def _first_figure(self) -> None:
        """Just after the first frame: the move's name is not kept waiting for it."""
        self.view.figure.ready = True
        self.view.draw_figure()

    def on_resize(self, event: Resize) -> None:
        if self.view.reading is not None:
            self.view.reading = None  # drawn again for the new size, now
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
        self._tick_on_time(min(snap.next_due, self.view.next_frame_due(reading)) / self.speed)
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

    def _draw(self, snap: Snapshot, reading: Reading) -> None:
        self.view.draw(snap, reading)
        if self._keys_for != (snap.index, snap.status):
            self._keys_for = (snap.index, snap.status)
            self.view.draw_howto()
            self.refresh_bindings()

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
        exercise = self.view.exercise(work)
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
