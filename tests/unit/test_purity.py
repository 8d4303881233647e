"""Everything outside tui/ and the command line imports no Textual, Rich or audio library,
and nothing outside sound/ pulls in the modules that talk to devices (DESIGN.md).

The modules are found by walking the package, so a new or renamed one is checked too.
"""

from __future__ import annotations

import functools
import pkgutil
import subprocess
import sys

import postrun

FACES = ("postrun.tui", "postrun.cli", "postrun.__main__")  # may import anything
DEVICES = (  # speakers and TTS programs
    "postrun.sound.players",
    "postrun.sound.system_player",
    "postrun.sound.chain",
    "postrun.sound.checkup",
    "postrun.sound.voice",
)
BANNED = ("textual", "rich", "simpleaudio")


def modules() -> list[str]:
    found = [m.name for m in pkgutil.walk_packages(postrun.__path__, "postrun.")]
    return sorted(m for m in found if not m.startswith(FACES))


@functools.cache
def loaded_by(module: str) -> frozenset[str]:
    """The modules a fresh interpreter holds after importing `module`."""
    probe = f"import importlib, sys\nimportlib.import_module({module!r})\nprint(*sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return frozenset(result.stdout.split())


def test_the_walk_finds_every_wing() -> None:
    found = modules()
    for wing in ("plan", "session", "sound", "store"):
        assert any(m.startswith(f"postrun.{wing}.") for m in found), wing
    assert "postrun.words" in found and "postrun.content" in found


def test_the_core_imports_no_textual_rich_or_audio_library() -> None:
    for module in modules():
        bad = sorted(m for m in loaded_by(module) if m.split(".")[0] in BANNED)
        assert not bad, f"{module} pulled in {bad}"


def test_only_the_sound_wing_reaches_the_devices() -> None:
    for module in modules():
        if module.startswith("postrun.sound"):
            continue
        reached = loaded_by(module) & set(DEVICES)
        assert not reached, f"{module} pulled in {sorted(reached)}"


def test_only_the_edge_imports_pydantic() -> None:
    """A start reads remembered verdicts: pydantic is for files not yet judged."""
    for module in modules():
        if module == "postrun.validate":
            continue
        assert "pydantic" not in loaded_by(module), f"{module} pulled in pydantic"


def test_only_a_plans_fingerprint_imports_hashlib() -> None:
    """OpenSSL's digest tables cost a session 0.6 MB of peak memory: checksums use zlib,
    and only naming a plan for its record (at a session's end) or serving (aiohttp) loads
    hashlib."""
    for module in (m for m in modules() if not m.startswith("postrun.serve")):
        assert "hashlib" not in loaded_by(module), f"{module} pulled in hashlib"


def test_every_front_door_offers_all_it_lists() -> None:
    """A wing's names may load when first asked for (sound, store): each one is there."""
    probe = (
        "import importlib\n"
        "for wing in ('plan', 'session', 'sound', 'store'):\n"
        "    door = importlib.import_module('postrun.' + wing)\n"
        "    for name in door.__all__:\n"
        "        assert getattr(door, name) is not None, (wing, name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_the_screen_loads_no_player_chooser_before_its_first_frame() -> None:
    loaded = loaded_by("postrun.tui.app")
    assert "postrun.sound.chain" not in loaded and "postrun.sound.checkup" not in loaded
    assert "pydantic" not in loaded


def test_a_session_screen_loads_no_voice_before_it_starts() -> None:
    # The voice starts after the player is chosen, itself after the first frame.
    assert "postrun.sound.voice" not in loaded_by("postrun.tui.session_screen")


def test_a_session_loads_no_composer_before_it_is_asked_for() -> None:
    # Composing from every move is for `--after` and Home's run picker, when a run is
    # chosen: 19 M instructions (about 4 ms) of a start's first frame otherwise.
    for module in (
        "postrun.tui.app",
        "postrun.tui.session_screen",
        "postrun.tui.home",
        "postrun.cli.command",
    ):
        assert "postrun.plan.composer" not in loaded_by(module), module
