"""The real simpleaudio path, played into ALSA's file plugin: the bytes must be the WAVs'."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

from .alsa import alsa_to_file, frames, require


def require_simpleaudio() -> None:
    try:
        import simpleaudio  # noqa: F401
    except ImportError:
        require(False, "simpleaudio is not installed", "pip install '.[sound]'")


PLAY = """
import sys
from postrun import paths
from postrun.sound import BellPlayer, SimpleaudioPlayer
from postrun.sound import Cue
player = SimpleaudioPlayer(paths.bundled_sounds_dir(), BellPlayer(lambda: print("BELL")))
for name in sys.argv[1:]:
    player.play(Cue(name))
    player.wait()
print("notice:", player.notice)
"""


def test_cues_play_through_simpleaudio_byte_for_byte(tmp_path: Path) -> None:
    require_simpleaudio()
    env, out = alsa_to_file(tmp_path)
    cues = ["switch", "go", "complete"]
    result = subprocess.run(
        [sys.executable, "-c", PLAY, *cues], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "notice: None" in result.stdout and "BELL" not in result.stdout
    probe = b"\0\0" * 441  # the player opens the device with 10 ms of silence first
    assert out.read_bytes() == probe + b"".join(frames(name) for name in cues)


def test_no_device_falls_back_to_the_bell_with_a_notice(tmp_path: Path) -> None:
    require_simpleaudio()
    config = tmp_path / "asound.conf"
    config.write_text("pcm.!default { type hw card 99 }\n")
    script = (
        "from postrun.sound import make_player\n"
        "player, notice = make_player('auto', lambda: None)\n"
        "print(player.name); print(notice)\n"
    )
    env = os.environ | {"ALSA_CONFIG_PATH": str(config)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    name, notice = result.stdout.splitlines()
    assert name == "bell"
    assert notice == "no sound device"  # simpleaudio and aplay were there; no device was
    assert "ALSA lib" not in result.stderr  # ALSA's own chatter is silenced


def test_a_spoken_phrase_renders_and_plays_through_simpleaudio(tmp_path: Path) -> None:
    require_simpleaudio()
    from postrun.sound import Renderer, find_tts

    command = find_tts()
    require(command is not None, "neither espeak-ng nor say is installed", "espeak-ng")
    assert command is not None
    renderer = Renderer(command, tmp_path / "voice")
    path = renderer.render("Switch to your right side")
    assert renderer.render("Switch to your right side") == path  # cached, not rendered again
    with wave.open(str(path), "rb") as spoken:
        assert spoken.getnframes() > spoken.getframerate() // 2  # at least half a second
        speech = spoken.readframes(spoken.getnframes())

    env, out = alsa_to_file(tmp_path)
    say = (
        "import sys\n"
        "from pathlib import Path\n"
        "from postrun import paths\n"
        "from postrun.sound import BellPlayer, SimpleaudioPlayer, read_wav\n"
        "player = SimpleaudioPlayer(paths.bundled_sounds_dir(), BellPlayer(lambda: None))\n"
        "sound = read_wav(Path(sys.argv[1]))\n"
        "player.play_sound(sound)\n"
        "player.wait()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", say, str(path)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == b"\0\0" * 441 + speech
