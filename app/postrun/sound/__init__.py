"""Sound: which cue each moment calls for, the board that decides what is heard, the
players that reach a speaker, and the voice.

`cues` and `script` are pure; `players` and `voice` talk to devices and programs; `board`
decides. Others import from here.
"""

from postrun.sound.board import SoundBoard
from postrun.sound.cues import PRIORITY, Cue, CueArbiter, cue_for, strongest
from postrun.sound.players import (
    BellPlayer,
    Player,
    SilentPlayer,
    SimpleaudioPlayer,
    Sound,
    alsa_errors_silenced,
    make_player,
    read_wav,
)
from postrun.sound.script import script
from postrun.sound.voice import Renderer, SpokenCues, find_tts

__all__ = [
    "PRIORITY",
    "BellPlayer",
    "Cue",
    "CueArbiter",
    "Player",
    "Renderer",
    "SilentPlayer",
    "SimpleaudioPlayer",
    "Sound",
    "SoundBoard",
    "SpokenCues",
    "alsa_errors_silenced",
    "cue_for",
    "find_tts",
    "make_player",
    "read_wav",
    "script",
    "strongest",
]
