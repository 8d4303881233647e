"""Hearing as bytes: an ALSA setup whose default device appends raw PCM to a file, and
checks for the tools a sound test needs (`POSTRUN_REQUIRE_SOUND=1` makes a gap fail)."""

from __future__ import annotations

import os
import shutil
import wave
from pathlib import Path

import pytest

from postrun import paths

# What a Python started by a test runs first to act as if the sound extra were not there.
WITHOUT_SIMPLEAUDIO = "import sys; sys.modules['simpleaudio'] = None\n"


def require(found: bool, what: str, hint: str) -> None:
    if found:
        return
    if os.environ.get("POSTRUN_REQUIRE_SOUND") == "1":
        pytest.fail(f"POSTRUN_REQUIRE_SOUND=1 but {what}")
    pytest.skip(f"{what} ({hint})")


def require_program(name: str, package: str) -> str:
    found = shutil.which(name)
    require(found is not None, f"{name} is not installed", f"apt-get install {package}")
    assert found is not None
    return found


def frames(name: str) -> bytes:
    with wave.open(str(paths.bundled_sounds_dir() / f"{name}.wav"), "rb") as source:
        return source.readframes(source.getnframes())


def alsa_to_file(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An ALSA setup of our own whose default device appends raw PCM to a file."""
    tmp_path.mkdir(parents=True, exist_ok=True)
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
    out.touch()
    return os.environ | {"ALSA_CONFIG_PATH": str(config)}, out


def played_in_order(data: bytes, parts: list[bytes]) -> bool:
    """`data` is `parts` in order with only silence around them (aplay pads each sound
    with silence up to a whole period)."""
    at = 0
    for part in parts:
        found = data.find(part, at)
        if found < 0 or data[at:found].strip(b"\0"):
            return False
        at = found + len(part)
    return not data[at:].strip(b"\0")
