"""Sound and voice, in words for the status line and the doctor."""

from __future__ import annotations

# ---- sound and voice, for the status line and the doctor ------------------------------------

BELL = "terminal bell"
NO_SOUND_PLAYER = "no sound player found"
NO_SOUND_DEVICE = "no sound device"
NO_TTS = "no espeak-ng or say"
NO_SPEAKING_PLAYER = "the terminal bell cannot speak"
SOUND_OFF = "sound is off"


def stopped_working(player: str) -> str:
    """Why a player handed over to the bell mid-session."""
    return f"{player} stopped working"


def player_name(player: str, why: str | None = None) -> str:
    """'aplay', 'terminal bell (no sound device)'."""
    name = BELL if player == "bell" else player
    return f"{name} ({why})" if why else name


def sound_status(player: str, why: str | None = None, *, muted: bool = False) -> str:
    """'sound: aplay', 'sound: terminal bell (no sound device)', 'muted', 'sound off'."""
    if player == "off":
        return "sound off"
    if muted:
        return "muted"
    return f"sound: {player_name(player, why)}"


def voice_status(engine: str | None, why: str | None = None) -> str:
    """'voice: espeak-ng', or 'no voice (no espeak-ng or say)'."""
    if engine is not None and why is None:
        return f"voice: {engine}"
    return f"no voice ({why})" if why else "no voice"


def voice_failed(engine: str) -> str:
    return f"{engine} failed"


DOCTOR_HINT = "`postrun doctor` says why"
DOCTOR_SPOKEN = "This is postrun. You will hear me from the mat."
