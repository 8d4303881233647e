"""The system player for real: aplay into ALSA's file plugin (the bytes must be the WAVs'),
whole sessions without simpleaudio, with and without a voice, and real processes cut."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from postrun import paths, words
from postrun.sound import BellPlayer, Cue, Renderer, SystemPlayer, choose_player, find_tts

from .alsa import (
    WITHOUT_SIMPLEAUDIO,
    alsa_to_file,
    frames,
    played_in_order,
    require,
    require_program,
)

POSTRUN = [
    sys.executable,
    "-c",
    WITHOUT_SIMPLEAUDIO + "from postrun.cli import main; sys.exit(main())",
]
SESSION = ["start", "--plain", "--speed", "100", "--minutes", "3", "--routine", "post-run-reset"]


def postrun(home: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*POSTRUN, *args],
        env=env | {"POSTRUN_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_chain_picks_aplay_and_it_plays_each_cue_frame_for_frame(tmp_path, monkeypatch):
    aplay = require_program("aplay", "alsa-utils")
    env, out = alsa_to_file(tmp_path)
    monkeypatch.setenv("ALSA_CONFIG_PATH", env["ALSA_CONFIG_PATH"])
    only_aplay = {"aplay": aplay}  # a desktop's pw-play would reach the real speakers
    chosen = choose_player("system", lambda: None, which=only_aplay.get)
    player = chosen.player
    assert isinstance(player, SystemPlayer) and player.name == "aplay", chosen.tried
    cues = [Cue.SWITCH, Cue.GO, Cue.COMPLETE]
    for cue in cues:
        player.play(cue)
        player.wait()  # the null device takes PCM faster than real time: no cuts here
    player.close()
    data = out.read_bytes()
    assert played_in_order(data, [frames(cue.value) for cue in cues])  # after 10 ms of silence
    assert player.notice is None


def test_a_cut_stops_the_older_process_and_nothing_is_left_behind(tmp_path):
    started: list[subprocess.Popen[bytes]] = []

    def spawn(args: list[str]) -> subprocess.Popen[bytes]:
        started.append(subprocess.Popen(args))
        return started[-1]

    forever = [sys.executable, "-c", "import signal; signal.pause()"]  # a player that never ends
    player = SystemPlayer(
        forever, paths.bundled_sounds_dir(), BellPlayer(lambda: None), spawn=spawn, grace=0
    )
    player.play(Cue.HALFWAY)
    player.play(Cue.SWITCH)
    first, second = started
    assert first.returncode == -signal.SIGTERM  # stopped, and already reaped
    assert second.poll() is None
    player.close()  # the cue's own length, then stop: well under a second
    assert second.returncode == -signal.SIGTERM
    for process in started:
        with pytest.raises(ChildProcessError):
            os.waitpid(process.pid, os.WNOHANG)  # no zombie left to reap


def test_without_simpleaudio_a_session_plays_its_cues_and_speaks_unless_told_not_to(tmp_path):
    require_program("aplay", "alsa-utils")
    tts = find_tts()
    require(tts is not None, "neither espeak-ng nor say is installed", "apt-get install espeak-ng")
    assert tts is not None

    env, out = alsa_to_file(tmp_path / "quiet")
    quiet = postrun(tmp_path / "quiet" / "home", env, *SESSION, "--no-voice")
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr == ""  # no "using the bell", no complaint
    beeps = out.read_bytes()
    assert frames("complete") in beeps and frames("go") in beeps
    assert not (tmp_path / "quiet" / "home" / "cache" / "voice").exists()  # nothing rendered

    env, out = alsa_to_file(tmp_path / "spoken")
    spoken = postrun(tmp_path / "spoken" / "home", env, *SESSION)  # voice = auto
    assert spoken.returncode == 0, spoken.stderr
    assert spoken.stderr == ""
    speech = out.read_bytes()
    cache = Renderer(tts, tmp_path / "spoken" / "home" / "cache" / "voice")
    well_done = cache.ready(words.spoken_end(completed=True))
    assert well_done is not None and well_done.frames in speech  # the last words, whole
    print(f"bytes played: {len(beeps)} beeps only, {len(speech)} with a voice")
    assert len(speech) > 1.5 * len(beeps)


def test_no_system_player_on_path_rings_the_bell_and_says_why(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    env = os.environ | {"PATH": str(empty)}
    script = (
        WITHOUT_SIMPLEAUDIO + "from postrun.sound import SoundBoard, choose_player\n"
        "chosen = choose_player('auto', lambda: None)\n"
        "print(SoundBoard(chosen.player, chosen.why).status())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "sound: terminal bell (no sound player found)"


def test_a_player_that_fails_to_open_the_device_is_skipped(tmp_path, monkeypatch):
    aplay = require_program("aplay", "alsa-utils")
    config = tmp_path / "asound.conf"
    config.write_text("pcm.!default { type hw card 99 }\n")
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(config))
    chosen = choose_player("system", lambda: None, which={"aplay": aplay}.get)
    assert chosen.player.name == "bell" and chosen.why == "no sound device"
    assert "audio open error" in (chosen.tried[-1].problem or "")


def test_doctor_names_aplay_and_espeak_ng_and_plays_its_test_cue(tmp_path):
    require_program("aplay", "alsa-utils")
    require_program("espeak-ng", "espeak-ng")
    env, out = alsa_to_file(tmp_path)
    quiet = postrun(tmp_path / "home", env, "doctor", "--quiet")
    assert quiet.returncode == 0, quiet.stdout + quiet.stderr
    assert "sound      aplay\n" in quiet.stdout
    assert "espeak-ng: sessions speak (voice = auto)" in quiet.stdout
    silence = out.read_bytes()
    assert not silence.strip(b"\0")  # the probe's 10 ms of silence, and no test cue

    loud = postrun(tmp_path / "home", env, "doctor")
    assert loud.returncode == 0
    assert "played a chime and a spoken line through aplay" in " ".join(loud.stdout.split())
    assert frames("complete") in out.read_bytes()[len(silence) :]
