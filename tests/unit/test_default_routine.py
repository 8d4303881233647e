"""A default routine that is gone: a warning naming the settings file, then the bundled
default; the settings screen offers a choice that exists."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select

from postrun.store import Settings

from ..tui.harness import build


def _settings(home: Path) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "settings.toml"
    path.write_text('default_routine = "deleted-one"\n')
    return path


def test_plan_warns_and_uses_the_bundled_default(cli, isolated_home):
    path = _settings(isolated_home)
    result = cli("plan", "--json")
    assert result.code == 0, result.err
    assert '"routine": "post-run-reset"' in result.out
    assert result.err == (
        f"postrun: {path}: default_routine 'deleted-one' is not a routine postrun found;"
        " using 'post-run-reset'\n"
    )


def test_start_warns_and_uses_the_bundled_default(cli, isolated_home, monkeypatch):
    _settings(isolated_home)
    import postrun.cli.plain as plain

    started: list[str] = []
    monkeypatch.setattr(plain, "run_plain", lambda plan, *a, **k: started.append(plan.routine.id))
    result = cli("start", "--plain")
    assert started == ["post-run-reset"]
    assert "default_routine 'deleted-one'" in result.err


async def test_the_settings_screen_offers_a_routine_that_exists():
    h = build(settings=Settings(default_routine="deleted-one"))
    async with h.app.run_test(size=(100, 40)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        choice = h.app.screen.query_one("#default_routine", Select)
        assert choice.value in h.app.parts.catalog.routines
