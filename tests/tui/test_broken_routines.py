"""Broken user routines are listed on Home, as text, not only on a stderr the screen
covers at once."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from postrun import content

from .harness import build


def _catalog(folder: Path) -> content.Catalog:
    folder.mkdir()
    (folder / "[b]broken[b].toml").write_text("id = ")
    (folder / "typo.toml").write_text('id = "typo"\ntitel = "x"\n')
    return content.load_all(user=folder)


async def test_home_lists_the_routine_files_it_skipped(tmp_path: Path):
    catalog = _catalog(tmp_path / "routines")
    assert len(catalog.problems) > 2
    h = build(catalog=catalog)
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = str(h.app.screen.query_one("#home-problems", Static).render())
        assert "Skipped 2 routine files" in shown
        assert f"{tmp_path / 'routines' / '[b]broken[b].toml'}: TOML syntax" in shown
        assert f"{tmp_path / 'routines' / 'typo.toml'}: " in shown and "more)" in shown


async def test_home_says_nothing_when_every_file_loaded():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not h.app.screen.query_one("#home-problems", Static).display
