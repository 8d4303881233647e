"""Sound starts after the first frame: the player is chosen in a thread, the status line
says "sound: starting" until it is there, and nothing asked for meanwhile is lost."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from postrun import content
from postrun.plan import make_plan
from postrun.sound import SoundBoard
from postrun.store import Settings
from postrun.tui.app import Parts, PostrunApp

from ..fakes import FakeClock, RecordingPlayer


class SlowSound:
    """A sound factory that waits, in whatever thread calls it, until released."""

    def __init__(self, first_frame: list[bool]) -> None:
        self.player = RecordingPlayer()
        self.released = threading.Event()
        self.called: list[tuple[bool, bool]] = []  # (on the main thread, after the frame)
        self.first_frame = first_frame

    def __call__(self, settings: Settings, bell: Callable[[], None]) -> SoundBoard:
        on_main = threading.current_thread() is threading.main_thread()
        self.called.append((on_main, bool(self.first_frame)))
        if not on_main:
            self.released.wait()
        return SoundBoard(self.player, voice=settings.voice)


async def arrived(app: PostrunApp) -> None:
    """Wait for the sound thread to hand its player over (the loop runs meanwhile)."""
    assert app.sound_starter is not None
    await asyncio.to_thread(app.sound_starter.join)


def build(start: bool = True) -> tuple[PostrunApp, SlowSound]:
    catalog = content.load_all(include_user=False)
    shown: list[bool] = []
    sound = SlowSound(shown)
    plan = make_plan(catalog.routines["post-run-reset"], 5) if start else None
    parts = Parts(catalog, Settings(), FakeClock(), sound, first_frame=lambda: shown.append(True))
    return PostrunApp(parts, start=plan), sound


async def test_the_player_is_chosen_in_a_thread_after_the_first_frame():
    app, sound = build()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert sound.called == [(False, True)]
        assert app.sound.status() == "sound: starting"
        sound.released.set()
        await arrived(app)
        await pilot.pause()
        assert app.sound.ready and app.sound.status() == "sound: recording"


async def test_the_cue_asked_for_while_starting_is_played_when_the_player_arrives():
    app, sound = build()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert sound.player.played == []  # the session began: its first cue is waiting
        sound.released.set()
        await arrived(app)
        await pilot.pause()
        assert len(sound.player.played) == 1


async def test_mute_while_starting_holds_when_the_player_arrives():
    app, sound = build()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.sound.toggle_mute()
        assert app.sound.status() == "muted"
        sound.released.set()
        await arrived(app)
        await pilot.pause()
        assert app.sound.muted and app.sound.status() == "muted"


async def test_leaving_before_the_player_arrives_closes_it_and_crashes_nothing():
    app, sound = build(start=False)
    closed: list[bool] = []
    sound.player.close = lambda: closed.append(True)  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not app.sound.ready
    sound.released.set()
    await arrived(app)
    assert closed == [True]
    assert app.return_code in (None, 0)
