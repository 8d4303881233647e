"""The postrun App: built from parts (routines, settings, clock, sound) so tests can fake them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.app import App
from textual.binding import Binding

from postrun.audio import SoundBoard, make_player
from postrun.content import Catalog
from postrun.engine import GAP_SECONDS, Clock, Command
from postrun.plan import Plan
from postrun.store import Settings
from postrun.summary import Summary
from postrun.tui.home import HomeScreen
from postrun.tui.messages import SessionEnded, StartSession, SummaryClosed
from postrun.tui.session_screen import SessionScreen
from postrun.tui.summary_screen import SummaryScreen

Recorder = Callable[[Summary], str]  # records a session; returns a line for the summary screen
INTERRUPTED = 130


def _not_recorded(summary: Summary) -> str:
    return ""


@dataclass(frozen=True)
class Parts:
    """Everything the App needs from outside, so tests can build it with fakes."""

    catalog: Catalog
    settings: Settings
    clock: Clock
    sound: SoundBoard | None = None  # None: chosen from settings.sound at start-up
    record: Recorder = _not_recorded
    speed: float = 1.0


class PostrunApp(App[int]):
    CSS_PATH = "postrun.tcss"
    TITLE = "postrun"
    BINDINGS = [Binding("ctrl+c", "interrupt", "Interrupt", show=False, priority=True)]

    def __init__(self, parts: Parts, start: Plan | None = None) -> None:
        super().__init__()
        self.parts = parts
        self.start_plan = start
        if parts.sound is None:
            player, notice = make_player(parts.settings.sound, self.bell)
            self.sound = SoundBoard(player, notice, voice=parts.settings.voice)
        else:
            self.sound = parts.sound

    def on_mount(self) -> None:
        if self.parts.settings.theme in self.available_themes:
            self.theme = self.parts.settings.theme
        self.push_screen(HomeScreen(self.parts.catalog, self.parts.settings))
        if self.start_plan is not None:
            self.post_message(StartSession(self.start_plan))

    def on_start_session(self, message: StartSession) -> None:
        settings = self.parts.settings
        screen = SessionScreen(
            message.plan,
            self.parts.clock,
            self.sound,
            lead_in=settings.lead_in_seconds,
            gap_seconds=GAP_SECONDS * self.parts.speed,
        )
        self.push_screen(screen)

    def on_session_ended(self, message: SessionEnded) -> None:
        note = self.parts.record(message.summary)
        routine = self.parts.catalog.get(message.summary.routine_id)
        title = routine.title if routine else message.summary.routine_id
        self.switch_screen(SummaryScreen(message.summary, title, note))

    def on_summary_closed(self, message: SummaryClosed) -> None:
        if self.start_plan is not None:
            self.exit(0)
        else:
            self.pop_screen()

    def action_interrupt(self) -> None:
        """Ctrl+C: end any session early, keep its record, and leave with 130."""
        screen = self.screen
        if isinstance(screen, SessionScreen) and not screen.session.finished:
            screen.session.command(Command.FINISH)
            self.parts.record(screen.session.summary())
        self.exit(INTERRUPTED)

    def on_unmount(self) -> None:
        self.sound.player.close()
