"""The postrun App: built from parts (routines, settings, clock, sound) so tests can fake them.

The App owns the settings in force: a save reaches Home, the sound board, the voice and
the record of the next session at once. It also owns the end of a session: `end_session`
is the one way a session is ended and recorded, exactly once, whatever ends it (its
end, q, ctrl+c, a signal, a closed terminal, the palette's Quit, a crash) and whatever
dialog is open over it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.binding import Binding
from textual.keys import KEY_DISPLAY_ALIASES
from textual.screen import Screen

from postrun import paths, words
from postrun.clock import Clock
from postrun.content import Catalog
from postrun.plan import Plan, run_of
from postrun.store import Settings, save_settings
from postrun.tui.messages import LeaveOut, SessionEnded, StartSession, SummaryClosed

if TYPE_CHECKING:  # each screen is imported when first shown: a start waits for one
    from postrun.plan import Composed
    from postrun.session import Earlier, Summary
    from postrun.sound import SoundBoard
    from postrun.tui.home import HomeScreen
    from postrun.tui.session_screen import SessionScreen

# Records a session against the weekly goal in force; returns a line for the summary screen.
Record = Callable[["Summary", int], str]
SoundFactory = Callable[[Settings, Callable[[], None]], "SoundBoard"]  # (settings, bell)
INTERRUPTED = 130
LEAVE_WITHIN = 3.0  # seconds Textual gets to tidy the terminal after a signal
# Signs for the keys postrun binds. Textual finds a sign in Unicode's name table, and one
# lookup leaves that table resident: 1.3 MB of a session's peak memory of 42.
KEY_SIGNS = {**KEY_DISPLAY_ALIASES, "question_mark": "?", "plus": "+"}


def _not_recorded(summary: Summary, weekly_goal: int) -> str:
    return ""


def sound_from_settings(settings: Settings, ring: Callable[[], None]) -> SoundBoard:
    from postrun.sound import SoundBoard, make_player  # in the sound thread, after the first frame

    player, notice = make_player(settings.sound, ring)
    return SoundBoard(player, notice, voice=settings.voice)


@dataclass(frozen=True, slots=True)
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
    first_frame: Callable[[], None] = lambda: None  # the entry point's: the collector back on


class PostrunApp(App[int]):
    TITLE = "postrun"
    BINDINGS = [Binding("ctrl+c", "interrupt", "Interrupt", show=False, priority=True)]

    def __init__(
        self,
        parts: Parts,
        start: Plan | None = None,
        earlier: Earlier | None = None,
        composed: Composed | None = None,
    ) -> None:
        super().__init__()
        self.parts = parts
        self.settings = parts.settings
        self.home: HomeScreen | None = None  # made when first shown: `postrun start` never does
        self.start_plan = start
        self.start_earlier = earlier  # `postrun start --resume`: the session it resumes
        self.composed = composed  # the latest session's, when it was made for a run
        self._sound: SoundBoard | None = None  # made when a session or the first frame needs it
        self.session_screen: SessionScreen | None = None  # the latest, wherever it is
        self.sound_starter: threading.Thread | None = None
        self.offer_finder: threading.Thread | None = None  # looks for a session to resume

    @property
    def sound(self) -> SoundBoard:
        """What is heard. The player is chosen after the first frame (`_start_sound`):
        until then, "starting"; Home's first frame loads no sound (nor the session)."""
        if self._sound is None:
            from postrun.sound import SoundBoard

            self._sound = SoundBoard.starting(voice=self.settings.voice)
        return self._sound

    @sound.setter
    def sound(self, board: SoundBoard) -> None:
        self._sound = board

    def use_settings(self, settings: Settings) -> None:
        """Put saved settings in force everywhere they are read."""
        before, self.settings = self.settings, settings
        if settings.theme in self.available_themes:
            self.theme = settings.theme
        if self.home is not None:
            self.home.use_settings(settings)
        if (settings.sound, settings.voice) != (before.sound, before.voice):
            self.sound.player.close()
            self.sound = self.parts.make_sound(settings, self.bell)

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        loop = asyncio.get_running_loop()
        for ending in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # or terminal closed
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(ending, self._signalled)
        if self.parts.problem:
            self.notify(self.parts.problem, title="Settings", severity="warning", markup=False)
        if self.start_plan is not None:
            start = StartSession(self.start_plan, self.start_earlier, self.composed)
            self.post_message(start)  # `postrun start`: no home needed
        self.call_after_refresh(self._after_first_frame)

    def get_default_screen(self) -> Screen[Any]:
        """Home is the first screen, with no blank one to style, lay out and draw before
        it. A session goes over it (Textual cannot replace a first screen with the
        summary), so `postrun start` keeps the blank one below its session."""
        if self.start_plan is not None:
            return super().get_default_screen()
        from postrun.tui.home import HomeScreen

        self.home = HomeScreen(self.parts.catalog, self.settings)
        return self.home

    def get_key_display(self, binding: Binding) -> str:
        modifiers, key = binding.parse_key()
        sign = KEY_SIGNS.get(key, key if len(key) == 1 else "")
        if binding.key_display or not sign:
            return super().get_key_display(binding)
        if "ctrl" in modifiers:
            modifiers.remove("ctrl")
            sign = f"^{sign}"
        return "+".join([*modifiers, sign])

    def _after_first_frame(self) -> None:
        self.parts.first_frame()
        self.offer_resume()
        # A daemon thread, not a worker: leaving never waits for a device that hangs.
        self.sound_starter = threading.Thread(
            target=self._start_sound, args=(self.settings, self.sound), daemon=True
        )
        self.sound_starter.start()

    def offer_resume(self) -> None:
        """Show Home the session it may offer to resume (`store.resuming` has the rule),
        looked for in a thread: reading history and making the plan again took 50 ms
        here with 30 records, which a key pressed meanwhile would wait for."""
        if self.home is None:
            return
        self.offer_finder = threading.Thread(
            target=self._find_offer, args=(self.home, self.settings), daemon=True
        )
        self.offer_finder.start()

    def _find_offer(self, home: HomeScreen, settings: Settings) -> None:
        from postrun.store import History, local_now, offer

        records = History(self.parts.history).load().records
        found = offer(records, self.parts.catalog, settings, local_now())
        with contextlib.suppress(RuntimeError):  # the App has gone meanwhile
            self.call_from_thread(home.show_offer, found)

    def _start_sound(self, settings: Settings, board: SoundBoard) -> None:
        """In a thread: open the player (a device may keep it waiting), then hand it over."""
        chosen = self.parts.make_sound(settings, self.bell)
        try:
            self.call_from_thread(board.adopt, chosen)
        except RuntimeError:  # the App has gone meanwhile
            chosen.player.close()

    def action_history(self) -> None:
        from postrun.store import History, local_now, stats
        from postrun.tui.history_screen import HistoryScreen  # only when asked: start-up stays lean

        loaded = History(self.parts.history).load()
        summary = stats(loaded.records, local_now().date(), self.settings.weekly_goal)
        self.push_screen(HistoryScreen(summary, loaded))

    def action_settings(self) -> None:
        from postrun.tui.settings_screen import SettingsScreen  # only when asked

        routines = [(r.title, r.id) for r in self.parts.catalog.routines.values()]
        themes = sorted(self.available_themes)

        def saved(settings: Settings | None) -> None:
            if settings is not None and self._save(settings):
                self.use_settings(settings)
                self.notify("Settings saved.")

        routines_found = list(self.parts.catalog.routines.values())
        screen = SettingsScreen(self.settings, routines, themes, routines_found)
        self.push_screen(screen, saved)

    def _save(self, settings: Settings) -> bool:
        try:
            save_settings(self.parts.settings_file, settings)
        except OSError as error:
            self.notify(f"Could not save the settings: {error}", severity="error", markup=False)
            return False
        return True

    def on_leave_out(self, message: LeaveOut) -> None:
        """`o` on a move: leave it out of sessions made for a run (or bring it back), saved."""
        routine_id: str | None = message.routine_id
        composed = self.composed
        if run_of(message.routine_id):  # a composed session's move: where it comes from
            made_here = composed and composed.plan.routine.id == routine_id
            routine_id = (
                composed.origins.get(message.exercise_id) if composed and made_here else None
            )
        if routine_id is None:
            return
        out = (routine_id, message.exercise_id) not in self.settings.left_out_moves()
        settings = self.settings.leaving_out(routine_id, message.exercise_id, out)
        if self._save(settings):
            self.settings = settings
            if self.home is not None:
                self.home.use_left_out(settings)
            self.notify(words.left_out_notice(message.name, out), markup=False)

    def on_start_session(self, message: StartSession) -> None:
        from postrun.session import GAP_SECONDS
        from postrun.tui.session_screen import SessionScreen

        settings = self.settings
        self.composed = message.composed
        screen = SessionScreen(
            message.plan,
            self.parts.clock,
            self.sound,
            lead_in=settings.lead_in_seconds,
            gap_seconds=GAP_SECONDS * self.parts.speed,
            speed=self.parts.speed,
            earlier=message.earlier,
        )
        self.session_screen = screen
        self.push_screen(screen)

    def end_session(self) -> tuple[Summary, str] | None:
        """End the session in progress and record it; its summary and the line to show.
        None when there is no session or it was already recorded."""
        screen = self.session_screen
        summary = screen.end() if screen is not None else None
        if summary is None:
            return None
        return summary, self.parts.record(summary, self.settings.weekly_goal)

    def on_session_ended(self, message: SessionEnded) -> None:
        from postrun.tui.summary_screen import SummaryScreen

        ended = self.end_session()
        if ended is None or self.session_screen is None:
            return  # already recorded by whatever is ending the App
        summary, note = ended
        while self.screen is not self.session_screen:  # a dialog was open when it ended
            self.pop_screen()
        routine = self.parts.catalog.get(summary.routine_id)
        title = words.session_title(summary.routine_id, routine)
        credit = words.credit(routine) if routine else ""
        composed = self.composed
        if composed is not None and composed.plan.routine.id == summary.routine_id:
            credit = words.composed_credit(composed.credits)
        self.switch_screen(SummaryScreen(summary, title, note, credit))

    def on_summary_closed(self, message: SummaryClosed) -> None:
        if self.start_plan is not None:
            self.exit(0)
        else:
            self.pop_screen()  # Home again, once it is back: the session just kept may be
            self.call_after_refresh(self.offer_resume)  # the one to offer

    def action_interrupt(self) -> None:
        """Ctrl+C, SIGINT, SIGTERM, SIGHUP: end any session, keep its record, leave with 130."""
        self.end_session()
        self.exit(return_code=INTERRUPTED)

    def _signalled(self) -> None:
        """A signal from outside. The terminal may be gone with it (SIGHUP, and the
        kernel's SIGCONT that Textual answers by redrawing): Textual's teardown can then
        wait on it for ever. The record is kept first, so leave anyway in a moment."""
        self.action_interrupt()
        watchdog = threading.Timer(LEAVE_WITHIN, os._exit, args=(INTERRUPTED,))
        watchdog.daemon = True
        watchdog.start()

    async def action_quit(self) -> None:
        """ctrl+q and the palette's Quit: during a session, ask first as q does."""
        from postrun.tui.dialogs import ConfirmQuit

        screen = self.session_screen
        if screen is None or not screen.in_progress:
            self.exit()
        elif not isinstance(self.screen, ConfirmQuit):
            screen.action_quit_session()

    def on_unmount(self) -> None:
        # The App's last message on every way out, an unhandled error's (return code 1)
        # included: keep the session first, whatever else is broken.
        with contextlib.suppress(Exception):
            self.end_session()
        self.sound.player.close()
