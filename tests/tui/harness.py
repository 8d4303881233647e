"""Build the real App from fakes: a hand-moved clock, a player that records, a recorder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from postrun import content, paths
from postrun.plan import Plan
from postrun.session import Summary
from postrun.sound import SoundBoard
from postrun.store import History, Recorder, Settings
from postrun.tui.app import Parts, PostrunApp
from postrun.tui.session_screen import SessionScreen
from postrun.words import session_title

from ..fakes import FakeClock, RecordingPlayer


@dataclass
class Harness:
    app: PostrunApp
    clock: FakeClock
    player: RecordingPlayer
    recorded: list[Summary] = field(default_factory=list)

    def session_screen(self) -> SessionScreen:
        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, SessionScreen):
                return screen
        raise AssertionError(f"no session screen in {self.app.screen_stack}")

    async def advance(self, pilot: Pilot[int], seconds: float) -> None:
        """Move the clock a second at a time, ticking the session as its timer would."""
        whole = int(seconds)
        for _ in range(whole):
            self.clock.advance(1)
            self.session_screen().tick()
        if seconds - whole:
            self.clock.advance(seconds - whole)
            self.session_screen().tick()
        await pilot.pause()


def build(
    start: Plan | None = None,
    settings: Settings | None = None,
    catalog: content.Catalog | None = None,
    problem: str | None = None,
) -> Harness:
    clock = FakeClock()
    player = RecordingPlayer()
    catalog = catalog or content.load_all(include_user=False)
    recorded: list[Summary] = []

    settings = settings or Settings()
    save = Recorder(History(paths.history_dir()), lambda rid: session_title(rid, catalog.get(rid)))

    def record(summary: Summary, weekly_goal: int) -> str:
        recorded.append(summary)
        return save(summary, weekly_goal)

    def make_sound(settings: Settings, bell: Callable[[], None]) -> SoundBoard:
        return SoundBoard(player, voice=settings.voice)

    parts = Parts(catalog, settings, clock, make_sound, record, problem=problem)
    return Harness(PostrunApp(parts, start=start), clock, player, recorded)


def said(screen: SessionScreen, selector: str) -> str:
    return str(screen.query_one(selector).render())


def drawn_lines(widget: Widget) -> list[str]:
    """A widget's lines as Textual draws them on the screen."""
    return [strip.text for strip in widget.render_lines(Region(0, 0, *widget.size))]


async def go_to(h: Harness, pilot: Pilot[int], predicate, offset: float = 1.0) -> SessionScreen:
    """Advance the clock to `offset` seconds into the first step `predicate` picks."""
    screen = h.session_screen()
    step = next(s for s in screen.plan.steps if predicate(s))
    now = screen.session.tick().done_seconds
    await h.advance(pilot, step.start + offset - now)
    return screen
