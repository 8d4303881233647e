"""The board while its player is being chosen: says so, keeps the last cue while it is
fresh, and hands over mute, voice and closing to the player that arrives."""

from __future__ import annotations

from postrun.plan import make_plan
from postrun.session import SwitchSides
from postrun.sound import Cue, SoundBoard, StartingPlayer
from postrun.sound.starting import FRESH_FOR

from ..fakes import FakeClock, FakeRenderer, RecordingPlayer, SpeakingPlayer, hold, phase, routine


def starting(clock: FakeClock) -> SoundBoard:
    return SoundBoard(StartingPlayer(clock), voice="on")


def test_the_status_says_starting_until_the_player_arrives():
    board = starting(FakeClock())
    assert board.status() == "sound: starting" and not board.ready
    board.adopt(SoundBoard(RecordingPlayer()))
    assert board.ready and board.status() == "sound: recording"


def test_a_fresh_cue_plays_on_arrival_and_a_stale_one_does_not():
    for waited, heard in ((0.2, [Cue.SWITCH]), (FRESH_FOR + 0.5, [])):
        clock = FakeClock()
        board = starting(clock)
        assert board.hear([SwitchSides(at=1.0, side="right", name="Lunge")], clock()) is Cue.SWITCH
        clock.advance(waited)
        player = RecordingPlayer()
        board.adopt(SoundBoard(player))
        assert player.played == heard, waited


def test_a_voice_asked_for_while_starting_starts_on_arrival():
    board = starting(FakeClock())
    plan = make_plan(routine(phase("one", hold("lunge", 40))), 3)
    board.start_voice(plan, FakeRenderer())  # type: ignore[arg-type]
    assert board.voice is None
    board.adopt(SoundBoard(SpeakingPlayer(), voice="on"))
    assert board.voice is not None
    board.voice.wait()
    assert "voice: fake-tts" in board.status()


def test_a_player_arriving_after_the_board_was_closed_is_closed():
    board = starting(FakeClock())
    board.player.close()
    arriving = RecordingPlayer()
    closed: list[bool] = []
    arriving.close = lambda: closed.append(True)  # type: ignore[method-assign]
    board.adopt(SoundBoard(arriving))
    assert closed == [True] and not board.ready


def test_a_second_arrival_changes_nothing():
    board = starting(FakeClock())
    first, second = RecordingPlayer(), RecordingPlayer()
    board.adopt(SoundBoard(first))
    board.adopt(SoundBoard(second))
    assert board.player is first
