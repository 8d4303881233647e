"""Settings: edit how sessions are made and sound, then save (ctrl+s)."""

from __future__ import annotations

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Select, Switch

from postrun.plan import PROFILES
from postrun.store import Settings

NUMBERS = {
    "default_minutes": "Default length (minutes, 3-60)",
    "prepare_seconds": "Get into position (seconds, 0-30)",
    "switch_seconds": "Switch sides (seconds, 1-30)",
    "lead_in_seconds": "Lead-in after a pause (seconds, 0-10)",
    "walk_minutes": "Walk first (minutes, 0-30)",
    "weekly_goal": "Sessions a week (goal)",
}


class SettingsScreen(Screen[Settings | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(
        self, settings: Settings, routines: list[tuple[str, str]], themes: list[str]
    ) -> None:
        super().__init__()
        self.settings = settings
        self.routines = routines
        self.themes = themes

    def compose(self) -> ComposeResult:
        s = self.settings
        with VerticalScroll(id="settings"):
            yield Label("[b]Settings[/b]  ·  ctrl+s to save, escape to leave", id="settings-title")
            yield self._row(
                "Default routine",
                Select(
                    self.routines, value=s.default_routine, allow_blank=False, id="default_routine"
                ),
            )
            yield self._row(
                "Hold profile",
                Select(
                    [(p, p) for p in PROFILES], value=s.profile, allow_blank=False, id="profile"
                ),
            )
            for key, label in NUMBERS.items():
                yield self._row(label, Input(str(getattr(s, key)), type="integer", id=key))
            sounds = [(c, c) for c in ("auto", "simpleaudio", "bell", "off")]
            yield self._row("Sound", Select(sounds, value=s.sound, allow_blank=False, id="sound"))
            yield self._row("Spoken cues", Switch(value=s.voice, id="voice"))
            themes = [(t, t) for t in self.themes]
            theme = s.theme if s.theme in self.themes else self.themes[0]
            yield self._row("Theme", Select(themes, value=theme, allow_blank=False, id="theme"))
            yield Label("", id="settings-error")
        yield Footer()

    @staticmethod
    def _row(label: str, field: Input | Select[str] | Switch) -> Horizontal:
        return Horizontal(Label(label, classes="setting-label"), field, classes="setting")

    def collected(self) -> dict[str, object]:
        values: dict[str, object] = {}
        for key in NUMBERS:
            text = self.query_one(f"#{key}", Input).value.strip()
            values[key] = int(text) if text.lstrip("-").isdigit() else text
        for key in ("default_routine", "profile", "sound", "theme"):
            values[key] = self.query_one(f"#{key}", Select).value
        values["voice"] = self.query_one("#voice", Switch).value
        return values

    def action_save(self) -> None:
        try:
            settings = Settings.model_validate(self.settings.model_dump() | self.collected())
        except ValidationError as error:
            first = error.errors()[0]
            label = NUMBERS.get(str(first["loc"][0]), str(first["loc"][0]))
            self.query_one("#settings-error", Label).update(f"[b]{label}[/b]: {first['msg']}")
            return
        self.dismiss(settings)

    def action_cancel(self) -> None:
        self.dismiss(None)
