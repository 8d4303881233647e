"""The screen the runner follows: ticks the engine a few times a second and draws it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Digits, Footer, Label, Static

from postrun import words
from postrun.models import Exercise
from postrun.plan import Plan
from postrun.session import (
    GAP_SECONDS,
    Clock,
    Command,
    Event,
    Paused,
    Session,
    Snapshot,
    Status,
    Summary,
)
from postrun.sound import SoundBoard
from postrun.tui.dialogs import ConfirmQuit, HelpScreen, PausedScreen
from postrun.tui.messages import SessionEnded
from postrun.tui.widgets import LabelledBar, PaceDots, SideBadge

MAX_TICK_GAP = 1.0  # real seconds; the engine says when anything changes sooner
PACE_TICK = 0.25  # the pace dots move within a rep
NAV = Binding.Group("Skip")
TIME = Binding.Group("Time")
# The keys that are engine commands; the engine says when each means something.
COMMANDS = {
    "toggle_pause": Command.TOGGLE,
    "back": Command.BACK,
    "next_step": Command.NEXT,
    "next_move": Command.NEXT_EXERCISE,
    "more_time": Command.ADD_TIME,
    "less_time": Command.ADD_TIME,
    "rep_done": Command.REP_DONE,
}


class SessionScreen(Screen[None]):
    BINDINGS = [
        Binding("space", "toggle_pause", "Pause"),
        Binding("p", "back", "Back", group=NAV),
        Binding("n", "next_step", "Next", group=NAV),
        Binding("N", "next_move", "Next move", group=NAV),
        Binding("left", "back", "Back", show=False),
        Binding("right", "next_step", "Next", show=False),
        Binding("minus", "less_time", "-10 s", group=TIME),
        Binding("plus", "more_time", "+10 s", group=TIME),
        Binding("enter", "rep_done", "Rep done"),
        Binding("m", "mute", "Mute"),
        Binding("i", "why", "Why"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit_session", "Quit"),
    ]

    show_why: reactive[bool] = reactive(False)

    def __init__(
        self,
        plan: Plan,
        clock: Clock,
        sound: SoundBoard,
        *,
        lead_in: float = 3.0,
        gap_seconds: float = GAP_SECONDS,
        speed: float = 1.0,
    ) -> None:
        super().__init__()
        self.speed = speed
        self._precise: Timer | None = None
        self.plan = plan
        self.sound = sound
        self.session = Session(plan, clock, lead_in=lead_in, gap_seconds=gap_seconds)
        self._clock = clock
        self._exercises: dict[str, Exercise] = {e.id: e for e in plan.routine.exercises()}
        self._shown_step = -1
        self._keys_for: tuple[int, Status] | None = None  # the step and status the footer shows
        self._shown: dict[str, str] = {}
        self._ended = False  # SessionEnded posted
        self._handed_over = False  # the summary given to the App to record (end())

    def compose(self) -> ComposeResult:
        with Vertical(id="session"):
            yield Label(id="where", markup=False)
            yield Label(id="intent", markup=False)
            with Horizontal(id="move-row"):
                yield Label(id="move", markup=False)
                yield SideBadge(id="badge")
            yield Label(id="position", markup=False)
            yield Label(id="headline")
            with Horizontal(id="clock-row"):
                yield Digits(id="countdown")
                with Vertical(id="reps-box"):
                    yield Label(id="reps")
                    yield PaceDots(id="pace")
            yield LabelledBar("step", id="step-bar")
            yield Static(id="howto", markup=False)
            yield Label(id="next", markup=False)
            yield LabelledBar("session", id="session-bar")
            yield Label(id="status", markup=False)
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.sound.start_voice(self.plan)
        self.session.command(Command.START)
        self.tick()

    def on_resize(self, event: Resize) -> None:
        small = event.size.height < 24 or event.size.width < 70
        self.set_class(small, "-compact")
        self.query_one(Footer).compact = event.size.width < 70

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

    # ---- the loop: tick, sound, draw ---------------------------------------------

    def tick(self) -> None:
        snap = self.session.tick()
        events = self.session.drain()
        self.sound.hear(events, self._clock())
        self._draw(snap)
        self._show_paused(snap, events)
        self._tick_on_time(snap.next_due / self.speed)
        if snap.status is Status.FINISHED and not self._ended:
            self._ended = True
            self.post_message(SessionEnded())

    def _tick_on_time(self, seconds: float) -> None:
        """Tick again right when the next thing is due (a boundary, a cue, a digit), and
        no more often: a boundary is never late, and an idle screen costs nothing."""
        if self.session.finished:
            return
        delay = min(seconds, MAX_TICK_GAP)
        if self.session.step.kind == "reps" and self.session.step.paced:
            delay = min(delay, PACE_TICK)
        if self._precise is not None:
            self._precise.stop()
        self._precise = self.set_timer(delay + 0.001, self.tick)

    def _show(self, selector: str, text: str) -> None:
        """Update a label only when its words change: a repaint costs battery."""
        if self._shown.get(selector) != text:
            self._shown[selector] = text
            self.query_one(selector, Label).update(text)

    def _draw(self, snap: Snapshot) -> None:
        step = snap.step
        phase = self.plan.routine.phases[step.phase_index]
        where = f"{self.plan.routine.title}  ·  phase {step.phase_index + 1} of "
        self._show("#where", where + f"{self.plan.phase_count}: {phase.title}")
        self._show("#intent", phase.intent)
        self._show("#move", step.name.upper())
        self.query_one(SideBadge).show_side(words.side_badge(step))
        self._show("#position", step.position or "")
        self.query_one("#position").display = step.position is not None
        self._show("#headline", self._headline(snap))
        self.set_class(step.kind in ("prepare", "switch"), "-pause-step")
        digits = self.query_one(Digits)
        if digits.value != (shown := words.countdown(snap.seconds_left)):
            digits.update(shown)
        self._draw_reps(snap)
        elapsed = snap.step_seconds - snap.seconds_left
        self.query_one("#step-bar", LabelledBar).show(elapsed, snap.step_seconds, "")
        left = words.countdown(snap.left_seconds)
        self.query_one("#session-bar", LabelledBar).show(
            snap.done_seconds, snap.total_seconds, f"{left} left"
        )
        self._show("#next", words.next_text(snap.next_step))
        if self._shown_step != snap.index:
            self._shown_step = snap.index
            self._draw_howto()
        if self._keys_for != (snap.index, snap.status):
            self._keys_for = (snap.index, snap.status)
            self.refresh_bindings()
        self._draw_status(snap)

    def _headline(self, snap: Snapshot) -> str:
        if snap.lead_in_left > 0:
            return f"Resuming in {words.whole_seconds(snap.lead_in_left)}"
        if snap.breath is not None:
            action, left = snap.breath
            return f"{words.BREATH_PROMPTS[action]}  {words.whole_seconds(left)}"
        return words.headline(snap.step)

    def _draw_reps(self, snap: Snapshot) -> None:
        step = snap.step
        box = self.query_one("#reps-box")
        box.display = step.kind in ("reps", "breath")
        if step.kind == "reps" and step.reps:
            current = min(step.reps, (snap.rep or 0) + 1)
            self._show("#reps", words.rep_count(current, step.reps))
        elif step.kind == "breath" and step.reps:
            self._show("#reps", words.dose(step))
        self.query_one(PaceDots).show(snap.rep_fraction)

    def _draw_howto(self) -> None:
        exercise = self._exercises.get(self.session.step.exercise_id)
        if exercise is None:
            self.query_one("#howto", Static).update("")
            return
        if self.show_why:
            text = f"Why it works: {exercise.why}"
        else:
            text = "\n".join(f"• {line}" for line in exercise.steps)
        self.query_one("#howto", Static).update(text)

    def _show_paused(self, snap: Snapshot, events: list[Event]) -> None:
        """Put up the paused screen whenever the engine is paused and nothing else is up."""
        if snap.status is not Status.PAUSED or self.app.screen is not self:
            return
        gap = any(isinstance(e, Paused) and e.reason == "gap" for e in events)
        reason = "You were away, so the session waited for you." if gap else "Take your time."

        def chosen(choice: str | None) -> None:
            if choice == "quit":
                self.action_quit_session()
            else:
                self._command(Command.RESUME)

        self.app.push_screen(PausedScreen(reason), chosen)

    def _draw_status(self, snap: Snapshot) -> None:
        state = {Status.PAUSED: "⏸ paused", Status.FINISHED: "✓ finished"}.get(snap.status, "▶")
        self._show("#status", f"{state}   ·   {self.sound.status()}")

    def watch_show_why(self) -> None:
        if self.is_mounted:
            self._draw_howto()

    # ---- keys ----------------------------------------------------------------------

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

    def action_more_time(self) -> None:
        self._command(Command.ADD_TIME, 10)

    def action_less_time(self) -> None:
        self._command(Command.ADD_TIME, -10)

    def action_rep_done(self) -> None:
        self._command(Command.REP_DONE)

    def action_mute(self) -> None:
        self.sound.toggle_mute()
        self.tick()

    def action_why(self) -> None:
        self.show_why = not self.show_why

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_quit_session(self) -> None:
        running = self.session.status is Status.RUNNING
        if running:
            self.session.command(Command.PAUSE, counted=False)

        def answered(end: bool | None) -> None:
            if end:
                self._command(Command.FINISH)
            elif running:
                self._command(Command.RESUME)
            else:
                self.tick()  # paused before q: it stays paused

        self.app.push_screen(ConfirmQuit(), answered)
