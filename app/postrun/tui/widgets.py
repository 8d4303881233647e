"""Small widgets for the session screen. None of them keeps time: they draw what they get."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar, Static


class SideBadge(Label):
    """LEFT or RIGHT, in a block of colour; hidden when no side applies."""

    _word: str | None = None

    def show_side(self, word: str) -> None:
        if word == self._word:
            return
        self._word = word
        self.update(f" {word} " if word else "")
        self.set_class(not word, "-none")
        self.set_class(word == "LEFT", "-left")
        self.set_class(word == "RIGHT", "-right")


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


class LabelledBar(Horizontal):
    """A progress bar with a short label before it and a value after it."""

    def __init__(self, label: str, *, id: str) -> None:
        super().__init__(id=id)
        self._label = label

    def compose(self) -> ComposeResult:
        yield Label(self._label, classes="bar-label")
        yield ProgressBar(total=1, show_eta=False, show_percentage=False)
        yield Label("", classes="bar-value")

    _value = ""

    def show(self, done: float, total: float, value: str) -> None:
        self.query_one(ProgressBar).update(total=max(total, 0.001), progress=done)
        if value != self._value:
            self._value = value
            self.query_one(".bar-value", Label).update(value)
