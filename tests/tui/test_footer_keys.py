"""The footers show each key as Textual would, without reading Unicode's table of
character names (its pages cost half a megabyte of memory)."""

from __future__ import annotations

import string
import traceback
import unicodedata

import pytest
from textual.app import App
from textual.binding import Binding
from textual.keys import _character_to_key, format_key
from textual.widgets._footer import FooterKey

from postrun import content
from postrun.plan import make_plan
from postrun.tui.key_display import PUNCTUATION_KEYS

from .harness import build

KEYS = [
    *string.ascii_letters,
    *string.digits,
    *PUNCTUATION_KEYS,
    *("ctrl+p", "ctrl+c", "shift+x", "enter", "escape", "space", "left", "tab", "f1"),
]


def test_punctuation_keys_are_named_as_textual_names_them():
    assert {_character_to_key(c): c for c in string.punctuation} == PUNCTUATION_KEYS


async def test_every_key_shows_as_textual_shows_it():
    h = build()
    async with h.app.run_test(size=(80, 24)):
        for key in KEYS:
            binding = Binding(key, "x", "x")
            assert h.app.get_key_display(binding) == App.get_key_display(h.app, binding), key


@pytest.mark.parametrize("session", [False, True])
async def test_the_footer_is_made_without_looking_up_character_names(
    monkeypatch: pytest.MonkeyPatch, session: bool
):
    looked_up: list[str] = []
    real = unicodedata.lookup

    def recorded(name: str) -> str:
        # Only the keys' display: Textual's binding chain asks too when a widget has the
        # focus (whether that widget would take the key), which no footer can change.
        if any(frame.name == "format_key" for frame in traceback.extract_stack()):
            looked_up.append(name)
        return real(name)

    monkeypatch.setattr(unicodedata, "lookup", recorded)
    format_key.cache_clear()
    catalog = content.load_all(include_user=False)
    start = make_plan(catalog.routines["post-run-reset"], 10) if session else None
    h = build(start=start, catalog=catalog)
    async with h.app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = {key.key_display for key in h.app.screen.query(FooterKey)}
        assert "?" in shown and looked_up == []
