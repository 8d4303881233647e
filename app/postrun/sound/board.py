"""The board: what is heard, and when. One cue per batch of events, spoken when the
voice has its phrase ready, never over a weightier cue, never while muted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from postrun import paths, words
from postrun.plan import Plan
from postrun.session import Countdown, Event
from postrun.sound.cues import Cue, CueArbiter, strongest
from postrun.sound.players import Player, Sound
from postrun.sound.starting import StartingPlayer

if TYPE_CHECKING:  # the voice loads when it starts, after the player: not for a first frame
    from postrun.sound.voice import Renderer, SpokenCues

# "auto" speaks when it can and says nothing when it cannot; "on" says why it cannot.
WantVoice = Literal["auto", "on", "off"]


def why_silent(player: Player, tts: list[str] | None) -> str | None:
    """Why no voice is heard with this player and text-to-speech command; None if one is."""
    if player.name == "off":
        return words.SOUND_OFF
    if not player.speaks:
        return words.NO_SPEAKING_PLAYER
    if tts is None:
        return words.NO_TTS
    return None


class SoundBoard:
    """The player in use, the voice, whether it is muted, and what the status line says."""

    def __init__(
        self, player: Player, notice: str | None = None, *, voice: WantVoice = "off"
    ) -> None:
        self.player = player
        self.notice = notice  # why the player is the bell, in words
        self.muted = False
        self.want_voice = voice
        self.voice: SpokenCues | None = None
        self.voice_notice: str | None = None
        self._arbiter = CueArbiter({cue: player.duration(cue) for cue in Cue})
        self._counting_until = 0.0
        self._voice_for: tuple[Plan, Renderer | None] | None = None  # asked for while starting

    @classmethod
    def starting(cls, voice: WantVoice = "off") -> SoundBoard:
        """A board whose player is still being chosen (`adopt` hands it over)."""
        return cls(StartingPlayer(), voice=voice)

    @property
    def ready(self) -> bool:
        return not isinstance(self.player, StartingPlayer)

    def adopt(self, chosen: SoundBoard) -> None:
        """The board built in the background takes over: its player, why it fell back,
        the voice wished for. The cue asked for while starting plays now if still fresh;
        a voice asked for starts. Arriving after the board was closed, it is closed."""
        waiting = self.player
        if not isinstance(waiting, StartingPlayer):
            return
        if waiting.closed:
            chosen.player.close()
            return
        self.player, self.notice, self.want_voice = chosen.player, chosen.notice, chosen.want_voice
        self._arbiter = CueArbiter({cue: self.player.duration(cue) for cue in Cue})
        late = waiting.fresh()
        if isinstance(late, Sound) and self.player.speaks:
            self.player.play_sound(late)
        elif isinstance(late, Cue) and not self.muted:
            self.player.play(late)
        if self._voice_for is not None:
            self.start_voice(*self._voice_for)

    def start_voice(self, plan: Plan, renderer: Renderer | None = None) -> None:
        """Render this plan's phrases in the background, if a voice is wanted and possible
        (once the player is there: until then the wish is kept)."""
        if not self.ready:
            self._voice_for = (plan, renderer)
            return
        if self.want_voice == "off":
            return
        from postrun.sound.voice import Renderer, SpokenCues, find_tts

        command = renderer.command if renderer is not None else find_tts()
        why = why_silent(self.player, command)
        if why is not None:
            self.voice_notice = why if self.want_voice == "on" else None  # "auto" stays quiet
            return
        assert command is not None
        self.voice = SpokenCues(plan, renderer or Renderer(command, paths.cache_dir() / "voice"))
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

    def status(self, *, brief: bool = False) -> str:
        """'sound: aplay, voice: espeak-ng', 'sound: terminal bell (no sound device)';
        brief, the player alone ('sound: terminal bell'), for a narrow screen."""
        why = self.player.notice or self.notice  # a mid-session fallback says so
        text = words.sound_status(self.player.name, None if brief else why, muted=self.muted)
        if brief or self.muted or self.player.name == "off":
            return text
        if self.voice is not None:
            engine = Path(self.voice.renderer.command[0]).name
            why = why_silent(self.player, self.voice.renderer.command)  # the player fell back
            if why is None and self.voice.failed:
                why = words.voice_failed(engine)
            return f"{text}, {words.voice_status(engine, why)}"
        if self.voice_notice:
            return f"{text}, {words.voice_status(None, self.voice_notice)}"
        return text
