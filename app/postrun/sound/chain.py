"""Choosing a player: simpleaudio, else the system's own player, else the terminal bell.

Every step of the choice is kept (`Tried`), so the status line and `postrun doctor` say
why without guessing. `choose_player` blocks for as long as the probes take (tens of
milliseconds; at most `PROBE_TIMEOUT` a player), and may be called from a worker thread.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from postrun import paths, words
from postrun.sound.players import (
    BellPlayer,
    Player,
    SilentPlayer,
    SimpleaudioPlayer,
)
from postrun.sound.quiet import quiet_alsa
from postrun.sound.system_player import SystemPlayer, commands_for, probe

Which = Callable[[str], str | None]
Probe = Callable[[Sequence[str]], str | None]


@dataclass(frozen=True, slots=True)
class Tried:
    """One player the chain looked for: whether it is there, and why it could not play."""

    name: str
    found: bool
    problem: str | None = None  # what went wrong, as the program said it (for the doctor)

    @property
    def plays(self) -> bool:
        return self.found and self.problem is None


@dataclass(frozen=True, slots=True)
class Chosen:
    """The player chosen, what was tried before it and why it fell back."""

    player: Player
    tried: tuple[Tried, ...] = ()
    why: str | None = None  # why the bell, in words; None when nothing fell back
    seconds: float = 0.0  # how long choosing took


def choose_player(
    choice: str,
    ring: Callable[[], None],
    sounds: Path | None = None,
    *,
    which: Which = shutil.which,
    probe: Probe = probe,
    platform: str = sys.platform,
    simpleaudio: Callable[[Path, Player], Player] = SimpleaudioPlayer,
) -> Chosen:
    """The player for `--sound auto|simpleaudio|system|bell|off`, and what was tried."""
    began = time.monotonic()
    if choice == "off":
        return Chosen(SilentPlayer())
    bell = BellPlayer(ring)
    if choice == "bell":
        return Chosen(bell)
    sounds = sounds or paths.bundled_sounds_dir()
    tried: list[Tried] = []

    def chosen(player: Player, why: str | None = None) -> Chosen:
        return Chosen(player, tuple(tried), why, time.monotonic() - began)

    if choice in ("auto", "simpleaudio"):
        try:
            quiet_alsa()
            player = simpleaudio(sounds, bell)
            tried.append(Tried("simpleaudio", found=True))
            return chosen(player)
        except ImportError:
            tried.append(Tried("simpleaudio", found=False))
        except Exception as error:  # no device, no ALSA, a broken driver
            tried.append(Tried("simpleaudio", found=True, problem=str(error) or repr(error)))
    if choice in ("auto", "system"):
        for name, *options in commands_for(platform):
            found = which(name)
            if found is None:
                tried.append(Tried(name, found=False))
                continue
            command = [found, *options]
            problem = probe(command)
            tried.append(Tried(name, found=True, problem=problem))
            if problem is None:
                return chosen(SystemPlayer(command, sounds, bell))
    found_any = any(t.found for t in tried)
    return chosen(bell, words.NO_SOUND_DEVICE if found_any else words.NO_SOUND_PLAYER)


def make_player(
    choice: str, ring: Callable[[], None], sounds: Path | None = None
) -> tuple[Player, str | None]:
    """The player for a `--sound` choice, and why it fell back to the bell, if it did."""
    chosen = choose_player(choice, ring, sounds)
    return chosen.player, chosen.why
