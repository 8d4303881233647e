"""A screen's first frame is drawn in the layout for its size.

Textual sets a screen's breakpoint classes on its first Resize, which comes after its
first frame; Home and the how-to set them as they compose (`tui/size_classes.py`), so
they are already there when the screen mounts, before anything is drawn.
"""

from __future__ import annotations

from typing import Any

import pytest

from postrun.tui.home import HomeScreen
from postrun.tui.howto_screen import HowToScreen

from .harness import build

SIZES = {(40, 12): {"-narrow", "-short"}, (120, 40): {"-wide", "-tall"}}
HOWTO = {(40, 12): {"-narrow", "-short"}, (120, 40): {"-roomy", "-tall"}}


def classes_at_mount(monkeypatch: pytest.MonkeyPatch, screen: type[Any]) -> list[set[str]]:
    seen: list[set[str]] = []
    mount = getattr(screen, "on_mount", None)

    def on_mount(self: Any) -> Any:
        seen.append(set(self.classes))
        return mount(self) if mount else None

    monkeypatch.setattr(screen, "on_mount", on_mount)
    return seen


@pytest.mark.parametrize("size", list(SIZES))
async def test_home_mounts_with_the_classes_of_its_size(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
):
    seen = classes_at_mount(monkeypatch, HomeScreen)
    h = build()
    async with h.app.run_test(size=size) as pilot:
        await pilot.pause()
        assert seen == [SIZES[size]]
        assert SIZES[size] <= set(h.app.screen.classes)  # and Textual's resize agrees


@pytest.mark.parametrize("size", list(HOWTO))
async def test_the_how_to_mounts_with_the_classes_of_its_size(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
):
    seen = classes_at_mount(monkeypatch, HowToScreen)
    h = build()
    async with h.app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(h.app.screen, HowToScreen)
        assert seen == [HOWTO[size]]
        assert HOWTO[size] <= set(h.app.screen.classes)
