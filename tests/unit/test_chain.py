"""Which player is chosen and why, and how the system player cuts and falls back: PATH
lookups, probes and processes are fakes, so nothing plays and nothing sleeps."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from postrun import paths
from postrun.sound import (
    BellPlayer,
    Cue,
    SilentPlayer,
    SoundBoard,
    SystemPlayer,
    choose_player,
    read_wav,
)

from ..fakes import SpeakingPlayer


def no_simpleaudio(sounds: Path, fallback: object) -> SilentPlayer:
    raise ImportError("No module named 'simpleaudio'")


def no_device(sounds: Path, fallback: object) -> SilentPlayer:
    raise RuntimeError("Error opening PCM device. -- CODE: -2 -- MSG: No such file or directory")


def on_path(*names: str):
    return lambda name: f"/usr/bin/{name}" if name in names else None


class Probes:
    """A probe that says what each player does, and remembers what it was asked."""

    def __init__(self, **problems: str) -> None:
        self.problems = problems
        self.asked: list[list[str]] = []

    def __call__(self, command: Sequence[str]) -> str | None:
        self.asked.append(list(command))
        return self.problems.get(Path(command[0]).name.replace("-", "_"))


def choose(choice="auto", *, which=None, probe=None, simpleaudio=no_simpleaudio, os="linux"):
    return choose_player(
        choice,
        lambda: None,
        which=which or on_path(),
        probe=probe or Probes(),
        simpleaudio=simpleaudio,
        platform=os,
    )


def test_without_simpleaudio_the_first_system_player_that_plays_is_used():
    probes = Probes(pw_play="Connection refused")
    chosen = choose(which=on_path("pw-play", "aplay"), probe=probes)
    assert isinstance(chosen.player, SystemPlayer)
    assert chosen.player.command == ["/usr/bin/aplay", "-q"] and chosen.why is None
    assert [(t.name, t.found, t.plays) for t in chosen.tried] == [
        ("simpleaudio", False, False),
        ("pw-play", True, False),
        ("paplay", False, False),
        ("aplay", True, True),
    ]
    assert chosen.tried[1].problem == "Connection refused"  # kept for the doctor
    assert SoundBoard(chosen.player, chosen.why).status() == "sound: aplay"


def test_simpleaudio_that_opens_is_used_and_no_system_player_is_tried():
    probes = Probes()
    chosen = choose(which=on_path("aplay"), probe=probes, simpleaudio=lambda s, f: SilentPlayer())
    assert [t.name for t in chosen.tried] == ["simpleaudio"] and probes.asked == []


def test_no_player_at_all_rings_the_bell_and_says_so_in_words():
    chosen = choose()
    assert isinstance(chosen.player, BellPlayer)
    board = SoundBoard(chosen.player, chosen.why)
    assert board.status() == "sound: terminal bell (no sound player found)"


def test_players_that_cannot_open_a_device_say_no_device_never_the_raw_error():
    probes = Probes(aplay="aplay: main:831: audio open error: No such file or directory")
    chosen = choose(which=on_path("aplay"), probe=probes, simpleaudio=no_device)
    board = SoundBoard(chosen.player, chosen.why)
    assert board.status() == "sound: terminal bell (no sound device)"
    assert "CODE" in (chosen.tried[0].problem or "")  # the doctor still sees what happened


def test_each_choice_tries_only_its_own_players():
    assert [t.name for t in choose("system", which=on_path("aplay")).tried] == [
        "pw-play",
        "paplay",
        "aplay",
    ]
    assert [t.name for t in choose("simpleaudio", which=on_path("aplay")).tried] == ["simpleaudio"]
    assert isinstance(choose("bell").player, BellPlayer)
    assert SoundBoard(choose("off").player).status() == "sound off"
    mac = choose("system", which=on_path("afplay", "aplay"), os="darwin")
    assert [t.name for t in mac.tried] == ["afplay"] and mac.player.name == "afplay"


# ---- the system player, with processes that end only when told --------------------------


class FakeProcess:
    def __init__(self, args: list[str]) -> None:
        self.args = args
        self.returncode: int | None = None
        self.terminated = False
        self._ended = threading.Event()

    def end(self, code: int) -> None:
        self.returncode = code
        self._ended.set()

    def wait(self, timeout: float | None = None) -> int:
        if not self._ended.wait(timeout):
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        assert self.returncode is not None
        return self.returncode

    def terminate(self) -> None:
        self.terminated = True
        self.end(-15)

    def kill(self) -> None:
        self.end(-9)


def system_player(fallback=None):
    started: list[FakeProcess] = []

    def spawn(args: list[str]) -> FakeProcess:
        started.append(FakeProcess(args))
        return started[-1]

    fallback = fallback or SpeakingPlayer()
    player = SystemPlayer(
        ["/usr/bin/aplay", "-q"], paths.bundled_sounds_dir(), fallback, spawn=spawn, grace=0
    )
    return player, started, fallback


def test_a_new_cue_stops_the_one_still_sounding():
    player, started, _ = system_player()
    player.play(Cue.HALFWAY)
    player.play(Cue.SWITCH)
    first, second = started
    assert first.args == ["/usr/bin/aplay", "-q", str(paths.bundled_sounds_dir() / "halfway.wav")]
    assert first.terminated and first.returncode == -15  # stopped, and reaped
    assert not second.terminated
    second.end(0)  # it played to its end
    player.play(Cue.GO)
    assert not second.terminated  # nothing to stop


def test_close_lets_the_last_cue_finish_then_stops_it():
    player, started, _ = system_player()
    player.play(Cue.COMPLETE)
    player.close()  # grace 0 and a fake clock-free wait: it stops at once
    assert started[0].terminated


def test_a_spoken_phrase_plays_its_file():
    player, started, _ = system_player()
    speech = read_wav(paths.bundled_sounds_dir() / "go.wav")
    player.play_sound(speech)
    assert started[0].args[-1] == str(speech.path)


def test_a_player_that_fails_on_its_own_hands_over_to_the_bell_once():
    player, started, fallback = system_player()
    player.play(Cue.GO)
    started[0].end(1)  # the device went away
    player.play(Cue.SWITCH)
    player.play(Cue.PHASE)
    assert len(started) == 1 and fallback.heard == [("beep", Cue.SWITCH), ("beep", Cue.PHASE)]
    assert player.name == "speaking" and not player.speaks
    board = SoundBoard(player)
    assert board.status() == "sound: speaking (aplay stopped working)"


def test_ctrl_c_reaching_the_player_is_not_a_failure():
    player, started, fallback = system_player()
    player.play(Cue.GO)
    started[0].end(-2)  # SIGINT from the terminal reaches the whole process group
    player.play(Cue.COMPLETE)
    assert len(started) == 2 and fallback.heard == []


def test_a_player_that_cannot_start_any_more_falls_back():
    def gone(args: list[str]) -> FakeProcess:
        raise FileNotFoundError(args[0])

    fallback = SpeakingPlayer()
    player = SystemPlayer(["/usr/bin/aplay"], paths.bundled_sounds_dir(), fallback, spawn=gone)
    player.play(Cue.GO)
    assert fallback.heard == [("beep", Cue.GO)] and player.notice == "aplay stopped working"


@pytest.mark.parametrize("choice", ["auto", "on"])
def test_voice_auto_is_quiet_where_it_cannot_speak_and_on_says_why(choice):
    from postrun.plan import make_plan

    from ..fakes import hold, phase, routine

    plan = make_plan(routine(phase("one", hold("lunge", 40))), 3)
    board = SoundBoard(BellPlayer(lambda: None), "no sound device", voice=choice)
    board.start_voice(plan)
    assert board.voice is None
    expected = "sound: terminal bell (no sound device)"
    if choice == "on":
        expected += ", no voice (the terminal bell cannot speak)"
    assert board.status() == expected


def test_a_voice_whose_player_fell_back_says_it_is_not_heard():
    from postrun.plan import make_plan

    from ..fakes import FakeRenderer, hold, phase, routine

    player, started, _ = system_player(BellPlayer(lambda: None))
    board = SoundBoard(player, voice="auto")
    board.start_voice(make_plan(routine(phase("one", hold("lunge", 40))), 3), FakeRenderer())  # type: ignore[arg-type]
    assert board.status() == "sound: aplay, voice: fake-tts"
    player.play(Cue.GO)
    started[0].end(1)
    player.play(Cue.SWITCH)
    expected = (
        "sound: terminal bell (aplay stopped working), no voice (the terminal bell cannot speak)"
    )
    assert board.status() == expected


class FakeAlsa:
    """libasound as ctypes would load it: remembers each error handler it is given."""

    def __init__(self) -> None:
        self.handlers: list[object] = []

    def snd_lib_error_set_handler(self, handler: object) -> None:
        self.handlers.append(handler)


def test_alsa_stays_quiet_once_simpleaudio_is_open(monkeypatch: pytest.MonkeyPatch) -> None:
    # ALSA prints its errors straight onto the terminal, garbling a running screen: its
    # printing stays off for as long as the player may call it, not just while opening.
    import ctypes
    import ctypes.util

    from postrun.sound import quiet

    alsa = FakeAlsa()
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: "libasound.so.2")
    monkeypatch.setattr(ctypes.cdll, "LoadLibrary", lambda name: alsa)
    monkeypatch.setattr(quiet, "_quieted", False)  # as in a fresh process
    # ...and the real ALSA keeps the handler it may have been given: freed, it would crash.
    monkeypatch.setattr(quiet, "_handler", None)

    for _ in range(2):  # a second player (settings changed) finds ALSA quiet already
        chosen = choose("simpleaudio", simpleaudio=lambda sounds, fallback: SilentPlayer())

    assert isinstance(chosen.player, SilentPlayer)
    assert len(alsa.handlers) == 1 and alsa.handlers[0] is not None


def test_a_system_player_knows_each_cues_length_without_holding_its_sound(monkeypatch):
    # The program plays the file; reading every cue's frames only for its length cost a
    # session with sound on 276 kB of peak memory.
    import wave

    def no_frames(self: wave.Wave_read, count: int) -> bytes:
        raise AssertionError("read the cue's frames")

    monkeypatch.setattr(wave.Wave_read, "readframes", no_frames)
    player = SystemPlayer(["/usr/bin/aplay"], paths.bundled_sounds_dir(), BellPlayer(lambda: None))
    monkeypatch.undo()
    for cue in Cue:
        whole = read_wav(paths.bundled_sounds_dir() / f"{cue.value}.wav")
        assert player.duration(cue) == pytest.approx(whole.seconds)
