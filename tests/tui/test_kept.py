"""Kept rows are a shortcut for plain widgets: one given a border, padding, an outline,
a tint or some transparency (by a theme or a later change of CSS) is drawn by Textual's
own styling pass, so it never shows rows without them."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widget import Widget

from postrun.tui.session.lines import Line

STYLED = [
    "padding: 0 2",
    "border: round red",
    "outline: solid green",
    "tint: red 40%",
    "opacity: 0.5",
]


class OneLine(App[None]):
    def __init__(self, css: str) -> None:
        super().__init__()
        self.extra = css

    def compose(self) -> ComposeResult:
        yield Line(id="line")

    def on_mount(self) -> None:
        line = self.query_one(Line)
        line.set_styles(self.extra + ";" if self.extra else "")
        line.show("Hold the stretch")


def rows(widget: Widget) -> list[str]:
    return [strip.text for strip in widget.render_lines(Region(0, 0, *widget.size))]


@pytest.mark.parametrize("css", ["", *STYLED])
async def test_a_line_draws_as_textual_would_whatever_its_styles(css):
    app = OneLine(css)
    async with app.run_test(size=(30, 6)) as pilot:
        await pilot.pause()
        line = app.query_one(Line)
        kept = [list(strip) for strip in line.render_lines(Region(0, 0, *line.size))]
        line.refresh()
        textual = [list(strip) for strip in Widget.render_lines(line, Region(0, 0, *line.size))]
        assert kept == textual
        if not css.startswith(("border", "outline")):  # those draw over a one-row line
            assert any("Hold the stretch" in text for text in rows(line)), rows(line)
