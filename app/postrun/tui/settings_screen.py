"""Settings: edit how sessions are made and sound, then save (ctrl+s).

The equipment at hand is chosen among the names the routines' equipment lists use; the
moves left out ("not for me", `o` on a move) are listed by name, each unticked to bring
it back, or all at once with the button.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Select, SelectionList

from postrun.models import Routine
from postrun.plan import known_equipment
from postrun.rules import Invalid
from postrun.store import Settings, choices, label, move_key
from postrun.tui.text import cell, styled

NUMBERS = (
    "default_minutes",
    "prepare_seconds",
    "switch_seconds",
    "lead_in_seconds",
    "walk_minutes",
    "weekly_goal",
)


class SettingsScreen(Screen[Settings | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]
    DEFAULT_CSS = """
    SettingsScreen {
        #settings { padding: 1 2; }
        #settings-title { margin-bottom: 1; }
        #settings-error { color: $error; }
        .setting { height: auto; }
        .setting-label { width: 40; padding-top: 1; }
        .setting Input, .setting Select { width: 30; }
        .setting SelectionList { width: 50; height: auto; max-height: 12; }
        #bring-back { margin-left: 40; }
        #no-left-out { color: $text-muted; padding-top: 1; }
    }
    """

    def __init__(
        self,
        settings: Settings,
        routines: list[tuple[str, str]],
        themes: list[str],
        found: list[Routine] | None = None,  # every routine loaded: equipment, moves' names
    ) -> None:
        super().__init__()
        self.settings = settings
        self.routines = [(cell(title), routine_id) for title, routine_id in routines]
        self.themes = themes
        self.found = found or []

    def compose(self) -> ComposeResult:
        s = self.settings
        with VerticalScroll(id="settings"):
            yield Label("[b]Settings[/b]  ·  ctrl+s to save, escape to leave", id="settings-title")
            ids = [routine_id for _, routine_id in self.routines]
            routine = s.default_routine if s.default_routine in ids else ids[0]
            yield self._row(
                "default_routine",
                Select(self.routines, value=routine, allow_blank=False, id="default_routine"),
            )
            yield self._choice("profile", s.profile)
            for key in NUMBERS:
                yield self._row(key, Input(str(getattr(s, key)), type="integer", id=key))
            yield self._choice("sound", s.sound)
            yield self._choice("voice", s.voice)
            themes = [(t, t) for t in self.themes]
            theme = s.theme if s.theme in self.themes else self.themes[0]
            yield self._row("theme", Select(themes, value=theme, allow_blank=False, id="theme"))
            kit = sorted(set(known_equipment(self.found)) | set(s.at_hand()))
            at_hand = [(cell(item), item, item in s.at_hand()) for item in kit]
            yield self._row("equipment", SelectionList[str](*at_hand, id="equipment"))
            yield self._row("left_out", self._left_out())
            if s.left_out:
                yield Button("Bring them all back", id="bring-back", compact=True)
            yield Label("", id="settings-error")
        yield Footer()

    @staticmethod
    def _row(key: str, field: Input | Select[str] | SelectionList[str] | Label) -> Horizontal:
        return Horizontal(Label(label(key), classes="setting-label"), field, classes="setting")

    def _left_out(self) -> SelectionList[str] | Label:
        """The moves left out by name and routine, ticked: untick one to bring it back."""
        if not self.settings.left_out:
            return Label("none (o on a move leaves it out)", id="no-left-out")
        names = {
            move_key(r.id, e.id): f"{e.name} ({r.title})" for r in self.found for e in r.exercises()
        }
        moves = [(cell(names.get(key, key)), key, True) for key in self.settings.left_out]
        return SelectionList[str](*moves, id="left_out")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "bring-back":
            self.query_one("#left_out", SelectionList).deselect_all()

    def _choice(self, key: str, value: str) -> Horizontal:
        options = [(choice, choice) for choice in choices(key)]
        return self._row(key, Select(options, value=value, allow_blank=False, id=key))

    def collected(self) -> dict[str, object]:
        values: dict[str, object] = {}
        for key in NUMBERS:
            text = self.query_one(f"#{key}", Input).value.strip()
            values[key] = int(text) if text.lstrip("-").isdigit() else text
        for key in ("default_routine", "profile", "sound", "voice", "theme"):
            values[key] = self.query_one(f"#{key}", Select).value
        for key in ("equipment", "left_out"):
            for found in self.query(f"#{key}").results(SelectionList):
                values[key] = list(found.selected)
        return values

    def action_save(self) -> None:
        try:
            settings = Settings.model_validate(self.settings.model_dump() | self.collected())
        except Invalid as error:
            first = error.errors()[0]
            name = label(str(first["loc"][0]))
            shown = styled("[b]$name[/b]: $message", name=name, message=first["msg"])
            self.query_one("#settings-error", Label).update(shown)
            return
        self.dismiss(settings)

    def action_cancel(self) -> None:
        self.dismiss(None)
