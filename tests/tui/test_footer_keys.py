"""The footers name each key as a runner types it: a character where the key is one
("?", not "question_mark"), a caret for ctrl, a symbol for enter."""

from __future__ import annotations

from typing import Any

import pytest

from postrun import content
from postrun.plan import make_plan

from .harness import build


@pytest.mark.parametrize(
    ("session", "expected"),
    [(False, {"?", "q", "1", "^p", "⏎"}), (True, {"?", "q", "+", "-", "N", "space"})],
)
async def test_the_footer_shows_each_key_as_it_is_typed(session: bool, expected: set[str]):
    catalog = content.load_all(include_user=False)
    start = make_plan(catalog.routines["post-run-reset"], 10) if session else None
    h = build(start=start, catalog=catalog)
    async with h.app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        keys: list[Any] = list(h.app.screen.query("FooterKey"))  # Textual does not export it
        shown = {key.key_display for key in keys}
        assert expected <= shown and not any("_" in key for key in shown), sorted(shown)


async def test_the_footer_names_keys_without_unicodes_name_table(monkeypatch: pytest.MonkeyPatch):
    # One unicodedata.lookup leaves its name table resident: 1.3 MB of a session's peak.
    import unicodedata

    import textual.keys

    looked_up: list[str] = []

    def lookup(name: str) -> str:
        looked_up.append(name)
        raise KeyError(name)

    monkeypatch.setattr(unicodedata, "lookup", lookup)
    textual.keys.format_key.cache_clear()
    catalog = content.load_all(include_user=False)
    h = build(start=make_plan(catalog.routines["post-run-reset"], 10), catalog=catalog)
    async with h.app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = {key.key_display for key in h.app.screen.query("FooterKey")}  # type: ignore[attr-defined]
        assert {"?", "q", "+", "-", "N", "space"} <= shown
    assert looked_up == []
