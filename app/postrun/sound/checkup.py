"""What `postrun doctor` learns about sound, as data: the player chosen and everything
tried on the way, the voice and why, and what to install on this system to hear more.
The doctor's view phrases it; nothing here prints.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from postrun import paths, words
from postrun.sound.board import WantVoice, why_silent
from postrun.sound.chain import Chosen, Tried, Which, choose_player
from postrun.sound.players import Sound
from postrun.sound.voice import ENGINES, Renderer, find_tts

# Each package manager: the program that says it is there, and how to install with it.
MANAGERS = {
    "apt": ("apt-get", "sudo apt-get install"),
    "dnf": ("dnf", "sudo dnf install"),
    "pacman": ("pacman", "sudo pacman -S"),
    "brew": ("brew", "brew install"),
}
# What provides a program, by package manager.
PACKAGES = {
    "espeak-ng": {
        "apt": "espeak-ng",
        "dnf": "espeak-ng",
        "pacman": "espeak-ng",
        "brew": "espeak-ng",
    },
    "aplay": {"apt": "alsa-utils", "dnf": "alsa-utils", "pacman": "alsa-utils"},
    "pw-play": {"apt": "pipewire-bin", "dnf": "pipewire-utils", "pacman": "pipewire"},
}
# What building simpleaudio (the sound extra) needs.
BUILD = {
    "apt": ("libasound2-dev", "gcc"),
    "dnf": ("alsa-lib-devel", "gcc"),
    "pacman": ("alsa-lib", "gcc"),
}


@dataclass(frozen=True, slots=True)
class Install:
    """A line to run, or the packages to look for when no package manager is known."""

    packages: tuple[str, ...]
    command: str | None  # "sudo apt-get install espeak-ng"; None: no manager found


@dataclass(frozen=True, slots=True)
class Checkup:
    """What `postrun doctor` learned about sound and voice."""

    chosen: Chosen
    want_voice: WantVoice
    engines: tuple[Tried, ...]  # espeak-ng, say
    tts: str | None  # the engine a session would use
    voice_why: str | None  # why no voice would be heard, in words; None: it would speak
    spoken: Sound | None  # a test phrase, rendered
    voice_problem: str | None  # why the test phrase did not render, as the engine said it
    install: Install | None  # system packages that would bring sound or a voice
    extra: str | None  # the pip line for the sound extra, when it is not installed
    build: Install | None  # what building the extra needs


def package_manager(which: Which, platform: str) -> str | None:
    if platform == "darwin":
        return "brew" if which("brew") else None
    return next((name for name, (program, _) in MANAGERS.items() if which(program)), None)


def install_line(programs: list[str], manager: str | None) -> Install | None:
    if not programs:
        return None
    if manager is None:
        return Install(tuple(programs), None)
    packages = tuple(PACKAGES[p].get(manager, p) for p in programs)
    return Install(packages, f"{MANAGERS[manager][1]} {' '.join(packages)}")


def pipewire_running() -> bool:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and Path(runtime, "pipewire-0").exists()


def check_sound(
    choice: str,
    want_voice: WantVoice,
    ring: Callable[[], None],
    *,
    which: Which = shutil.which,
    platform: str = sys.platform,
    cache: Path | None = None,
) -> Checkup:
    """Choose a player as a session would, look for a voice, and render a test phrase."""
    chosen = choose_player(choice, ring, which=which, platform=platform)
    engines = tuple(Tried(name, found=which(name) is not None) for name, _ in ENGINES)
    tts = find_tts(which)
    why = why_silent(chosen.player, tts) if want_voice != "off" else None
    spoken, problem = None, None
    if tts is not None and want_voice != "off":
        renderer = Renderer(tts, cache or paths.cache_dir() / "voice")
        try:
            renderer.render(words.DOCTOR_SPOKEN)
            spoken = renderer.ready(words.DOCTOR_SPOKEN)
        except (OSError, subprocess.SubprocessError) as error:
            problem = str(error)

    manager = package_manager(which, platform)
    missing: list[str] = []
    players_found = any(t.found for t in chosen.tried if t.name != "simpleaudio")
    if chosen.why is not None and not players_found and platform != "darwin":
        missing.append("pw-play" if pipewire_running() else "aplay")
    if tts is None and want_voice != "off" and platform != "darwin":
        missing.append("espeak-ng")
    has_extra = importlib.util.find_spec("simpleaudio") is not None
    extra = None if has_extra else f"{sys.executable} -m pip install 'postrun[sound]'"
    build = None
    if extra and manager in BUILD:
        build = Install(BUILD[manager], f"{MANAGERS[manager][1]} {' '.join(BUILD[manager])}")
    return Checkup(
        chosen=chosen,
        want_voice=want_voice,
        engines=engines,
        tts=tts[0] if tts else None,
        voice_why=why,
        spoken=spoken,
        voice_problem=problem,
        install=install_line(missing, manager),
        extra=extra,
        build=build,
    )
