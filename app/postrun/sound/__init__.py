"""Sound: which cue each moment calls for, the board that decides what is heard, the
players that reach a speaker, and the voice.

`cues` and `script` are pure; `players`, `system_player` and `voice` talk to devices and
programs; `chain` chooses the player; `board` decides what is heard. Others import from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from postrun import lazy
from postrun.sound.board import SoundBoard, WantVoice, why_silent
from postrun.sound.cues import PRIORITY, Cue, CueArbiter, cue_for, strongest
from postrun.sound.players import (
    BellPlayer,
    Player,
    SilentPlayer,
    SimpleaudioPlayer,
    Sound,
    read_wav,
)
from postrun.sound.script import script
from postrun.sound.starting import StartingPlayer

if TYPE_CHECKING:
    from postrun.sound.chain import Chosen, Tried, choose_player, make_player
    from postrun.sound.checkup import Checkup, Install, check_sound
    from postrun.sound.system_player import SystemPlayer
    from postrun.sound.voice import Renderer, SpokenCues, find_tts

# Choosing a player, the voice and the machine's checks load when first asked for: after
# the first frame, in the thread that opens the player, or for `postrun doctor`.
_LATER = {
    "Chosen": "postrun.sound.chain",
    "Tried": "postrun.sound.chain",
    "choose_player": "postrun.sound.chain",
    "make_player": "postrun.sound.chain",
    "Checkup": "postrun.sound.checkup",
    "Install": "postrun.sound.checkup",
    "check_sound": "postrun.sound.checkup",
    "SystemPlayer": "postrun.sound.system_player",
    "Renderer": "postrun.sound.voice",
    "SpokenCues": "postrun.sound.voice",
    "find_tts": "postrun.sound.voice",
}

__all__ = [
    "PRIORITY",
    "BellPlayer",
    "Checkup",
    "Chosen",
    "Cue",
    "CueArbiter",
    "Install",
    "Player",
    "Renderer",
    "SilentPlayer",
    "SimpleaudioPlayer",
    "Sound",
    "SoundBoard",
    "SpokenCues",
    "StartingPlayer",
    "SystemPlayer",
    "Tried",
    "WantVoice",
    "check_sound",
    "choose_player",
    "cue_for",
    "find_tts",
    "make_player",
    "read_wav",
    "script",
    "strongest",
    "why_silent",
]


__getattr__ = lazy.loader(__name__, _LATER)
