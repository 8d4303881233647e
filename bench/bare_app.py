"""The floor: a bare Textual app with a Digits counting down once a second."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Digits, Label


class BareTimer(App[None]):
    def compose(self) -> ComposeResult:
        yield Label("bare timer")
        yield Digits("10:00")

    def on_mount(self) -> None:
        self.left = 600
        self.set_interval(1, self.count_down)

    def count_down(self) -> None:
        self.left -= 1
        self.query_one(Digits).update(f"{self.left // 60}:{self.left % 60:02d}")


if __name__ == "__main__":
    BareTimer().run()
