"""The postrun App: built from parts (routines, settings, clock, sound) so tests can fake them.

The App owns the settings in force: a save reaches Home, the sound board, the voice and
the record of the next session at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from postrun import paths, words
from postrun.content import Catalog
from postrun.plan import Plan
from postrun.session import GAP_SECONDS, Clock, Command, Summary
from postrun.sound import SoundBoard, make_player
from postrun.store import History, Settings, local_now, save_settings, stats
from postrun.tui.home import HomeScreen
from postrun.tui.messages import SessionEnded, StartSession, SummaryClosed
from postrun.tui.session_screen import SessionScreen
from postrun.tui.summary_screen import SummaryScreen

# Records a session against the weekly goal in force; returns a line for the summary screen.
Record = Callable[[Summary, int], str]
SoundFactory = Callable[[Settings, Callable[[], None]], SoundBoard]  # (settings, bell)
INTERRUPTED = 130


def _not_recorded(summary: Summary, weekly_goal: int) -> str:
    return ""


def sound_from_settings(settings: Settings, ring: Callable[[], None]) -> SoundBoard:
    player, notice = make_player(settings.sound, ring)
    return SoundBoard(player, notice, voice=settings.voice)


@dataclass(frozen=True)
class Parts:
    """Everything the App needs from outside, so tests can build it with fakes."""

    catalog: Catalog
    settings: Settings  # at start-up; the App owns them from then on
    clock: Clock
    make_sound: SoundFactory = sound_from_settings
    record: Record = _not_recorded
    speed: float = 1.0
    problem: str | None = None  # a settings file that could not be used
    history: Path = field(default_factory=paths.history_dir)
    settings_file: Path = field(default_factory=paths.settings_file)


class PostrunApp(App[int]):
    CSS_PATH = "postrun.tcss"
    TITLE = "postrun"
    BINDINGS = [Binding("ctrl+c", "interrupt", "Interrupt", show=False, priority=True)]

    def __init__(self, parts: Parts, start: Plan | None = None) -> None:
        super().__init__()
        self.parts = parts
        self.settings = parts.settings
        self.home = HomeScreen(parts.catalog, parts.settings)
        self.start_plan = start
        self.sound = parts.make_sound(parts.settings, self.bell)

    def use_settings(self, settings: Settings) -> None:
        """Put saved settings in force everywhere they are read."""
        before, self.settings = self.settings, settings
        if settings.theme in self.available_themes:
            self.theme = settings.theme
        self.home.use_settings(settings)
        if (settings.sound, settings.voice) != (before.sound, before.voice):
            self.sound.player.close()
            self.sound = self.parts.make_sound(settings, self.bell)

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        loop = asyncio.get_running_loop()
        for ending in (signal.SIGTERM, signal.SIGHUP):  # killed or terminal closed
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(ending, self.action_interrupt)
        if self.parts.problem:
            self.notify(self.parts.problem, title="Settings not used", severity="warning")
        if self.start_plan is not None:
            self.post_message(StartSession(self.start_plan))  # `postrun start`: no home needed
        else:
            self.push_screen(self.home)

    def action_history(self) -> None:
        from postrun.tui.history_screen import HistoryScreen  # only when asked: start-up stays lean

        loaded = History(self.parts.history).load()
        summary = stats(loaded.records, local_now().date(), self.settings.weekly_goal)
        self.push_screen(HistoryScreen(summary, loaded))

    def action_settings(self) -> None:
        from postrun.tui.settings_screen import SettingsScreen  # only when asked

        routines = [(r.title, r.id) for r in self.parts.catalog.routines.values()]
        themes = sorted(self.available_themes)

        def saved(settings: Settings | None) -> None:
            if settings is None:
                return
            try:
                save_settings(self.parts.settings_file, settings)
            except OSError as error:
                self.notify(f"Could not save the settings: {error}", severity="error")
                return
            self.use_settings(settings)
            self.notify("Settings saved.")

        self.push_screen(SettingsScreen(self.settings, routines, themes), saved)

    def on_start_session(self, message: StartSession) -> None:
        settings = self.settings
        screen = SessionScreen(
            message.plan,
            self.parts.clock,
            self.sound,
            lead_in=settings.lead_in_seconds,
            gap_seconds=GAP_SECONDS * self.parts.speed,
            speed=self.parts.speed,
        )
        self.push_screen(screen)

    def on_session_ended(self, message: SessionEnded) -> None:
        note = self.parts.record(message.summary, self.settings.weekly_goal)
        routine = self.parts.catalog.get(message.summary.routine_id)
        title = routine.title if routine else message.summary.routine_id
        credit = words.credit(routine) if routine else ""
        self.switch_screen(SummaryScreen(message.summary, title, note, credit))

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
            self.parts.record(screen.session.summary(), self.settings.weekly_goal)
        self.exit(INTERRUPTED)

    def on_unmount(self) -> None:
        self.sound.player.close()
