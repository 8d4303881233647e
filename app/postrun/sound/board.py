"""The board: what is heard, and when. One cue per batch of events, spoken when the
voice has its phrase ready, never over a weightier cue, never while muted.
"""

from __future__ import annotations

from postrun import paths
from postrun.plan import Plan
from postrun.session import Countdown, Event
from postrun.sound.cues import Cue, CueArbiter, strongest
from postrun.sound.players import Player
from postrun.sound.voice import Renderer, SpokenCues, find_tts


class SoundBoard:
    """The player in use, the voice, whether it is muted, and what the status line says."""

    def __init__(self, player: Player, notice: str | None = None, *, voice: bool = False) -> None:
        self.player = player
        self.notice = notice
        self.muted = False
        self.want_voice = voice
        self.voice: SpokenCues | None = None
        self.voice_notice: str | None = None
        self._arbiter = CueArbiter({cue: player.duration(cue) for cue in Cue})
        self._counting_until = 0.0

    def start_voice(self, plan: Plan, renderer: Renderer | None = None) -> None:
        """Render this plan's phrases in the background, if a voice is wanted and possible."""
        if not self.want_voice:
            return
        if not self.player.speaks:
            self.voice_notice = "voice needs simpleaudio"
            return
        if renderer is None:
            command = find_tts()
            if command is None:
                self.voice_notice = "voice off: no espeak-ng or say found"
                return
            renderer = Renderer(command, paths.cache_dir() / "voice")
        self.voice = SpokenCues(plan, renderer)
        self.voice.start()

    def hear(self, events: list[Event], now: float) -> Cue | None:
        """Play the one cue these events call for, spoken when its phrase is ready,
        unless a weightier one is still sounding."""
        cue = strongest(events)
        if cue is None or self.muted:
            return None
        if cue is Cue.COUNTDOWN and now < self._counting_until:
            return None  # "three, two, one" is being spoken: no pips over it
        speech = self.voice.sound_for(events) if self.voice and self.player.speaks else None
        seconds = speech.seconds if speech else None
        if not self._arbiter.offer(cue, now, seconds):
            return None
        if speech is not None and seconds is not None:
            self.player.play_sound(speech)
            if any(isinstance(e, Countdown) for e in events):
                self._counting_until = now + seconds
        else:
            self.player.play(cue)
        return cue

    def toggle_mute(self) -> None:
        self.muted = not self.muted

    def status(self) -> str:
        notice = self.player.notice or self.notice  # a mid-session fallback says so
        if self.player.name == "off":
            text = "sound off"
        elif self.muted:
            text = f"muted ({self.player.name})"
        else:
            text = f"sound: {self.player.name}"
        if self.voice is not None:
            text += f", voice: {self.voice.failed or self.voice.renderer.command[0]}"
        elif self.voice_notice:
            text += f", {self.voice_notice}"
        return f"{text} - {notice}" if notice else text
