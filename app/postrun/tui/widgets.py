"""Small widgets for the session screen. None of them keeps time: they draw what they get."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Label, Static


class SideBadge(Label):
    """LEFT or RIGHT (or LEFT LEG BLOCK), in a block of colour; hidden when no side applies."""

    _word: str | None = None

    def show_side(self, word: str) -> None:
        if word == self._word:
            return
        self._word = word
        self.update(f" {word} " if word else "")
        self.set_class(not word, "-none")
        self.set_class(word.startswith("LEFT"), "-left")
        self.set_class(word.startswith("RIGHT"), "-right")


class PaceDots(Static):
    """Where the runner is within the current rep: fills left to right, once a rep."""

    WIDTH = 12

    _text = ""

    def show(self, fraction: float | None) -> None:
        text = ""
        if fraction is not None:
            filled = min(self.WIDTH, int(fraction * self.WIDTH) + 1)
            text = "●" * filled + "○" * (self.WIDTH - filled)
        if text != self._text:
            self._text = text
            self.update(text)


class ThinBar(Widget):
    """A one-line progress bar that repaints only when a filled cell changes.

    Textual's ProgressBar keeps a timer of its own for its ETA; a session screen that
    is on for fifteen minutes does not need one.
    """

    cells: reactive[int] = reactive(0)

    def show(self, fraction: float) -> None:
        self.cells = round(max(0.0, min(1.0, fraction)) * self.size.width)

    def render(self) -> Text:
        done = min(self.cells, self.size.width)
        bar = Text("━" * done, style=self.get_component_rich_style("thinbar--done"))
        bar.append(
            "━" * (self.size.width - done), style=self.get_component_rich_style("thinbar--left")
        )
        return bar

    COMPONENT_CLASSES = {"thinbar--done", "thinbar--left"}
    DEFAULT_CSS = """
    ThinBar { height: 1; width: 1fr; }
    ThinBar > .thinbar--done { color: $accent; }
    ThinBar > .thinbar--left { color: $panel-lighten-1; }
    """


class LabelledBar(Horizontal):
    """A progress bar with a short label before it and a value after it."""

    def __init__(self, label: str, *, id: str) -> None:
        super().__init__(id=id)
        self._label = label

    def compose(self) -> ComposeResult:
        yield Label(self._label, classes="bar-label")
        yield ThinBar()
        yield Label("", classes="bar-value")

    _value = ""

    def show(self, done: float, total: float, value: str) -> None:
        self.query_one(ThinBar).show(done / total if total else 1.0)
        if value != self._value:
            self._value = value
            self.query_one(".bar-value", Label).update(value)
