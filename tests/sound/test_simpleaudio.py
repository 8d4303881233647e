"""The real simpleaudio path, played into ALSA's file plugin: the bytes must be the WAVs'."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from postrun import paths
from postrun.sound import make_player


def require_simpleaudio() -> None:
    try:
        import simpleaudio  # noqa: F401
    except ImportError:
        if os.environ.get("POSTRUN_REQUIRE_SOUND") == "1":
            pytest.fail("POSTRUN_REQUIRE_SOUND=1 but simpleaudio is not installed")
        pytest.skip("simpleaudio is not installed (pip install '.[sound]')")


def frames(name: str) -> bytes:
    with wave.open(str(paths.bundled_sounds_dir() / f"{name}.wav"), "rb") as source:
        return source.readframes(source.getnframes())


def alsa_to_file(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An ALSA setup of our own whose default device appends raw PCM to a file."""
    out = tmp_path / "played.raw"
    config = tmp_path / "asound.conf"
    config.write_text(
        "pcm.!default {\n"
        "    type file\n"
        "    slave { pcm { type null } }\n"
        f'    file "| cat >> {out}"\n'
        '    format "raw"\n'
        "}\n"
    )
    return os.environ | {"ALSA_CONFIG_PATH": str(config)}, out


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
    assert "no sound device" in notice
    assert "ALSA lib" not in result.stderr  # ALSA's own chatter is silenced


def test_without_simpleaudio_auto_rings_the_bell(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "simpleaudio", None)  # import fails
    rings: list[int] = []
    player, notice = make_player("auto", lambda: rings.append(1))
    assert player.name == "bell"
    assert notice == "simpleaudio is not installed; using the bell"


def test_a_spoken_phrase_renders_and_plays_through_simpleaudio(tmp_path: Path) -> None:
    require_simpleaudio()
    import shutil

    from postrun.sound import Renderer, find_tts

    command = find_tts()
    if command is None or shutil.which(command[0]) is None:
        if os.environ.get("POSTRUN_REQUIRE_SOUND") == "1":
            pytest.fail("POSTRUN_REQUIRE_SOUND=1 but neither espeak-ng nor say is installed")
        pytest.skip("no text-to-speech engine installed")
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
