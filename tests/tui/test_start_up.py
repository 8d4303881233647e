"""What a screen waits for: each screen's code is loaded when it is first shown, so Home
does not wait for the session screen, nor `postrun start` for Home; files already judged
are not parsed again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import asyncio, sys, time
from postrun import content
from postrun.plan import make_plan
from postrun.store import Settings
from postrun.tui.app import Parts, PostrunApp

catalog = content.load_all(include_user=False)
settings = Settings(sound="off")
start = make_plan(catalog.routines[settings.default_routine], 10) if {start} else None

async def main() -> None:
    app = PostrunApp(Parts(catalog, settings, time.monotonic), start=start)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        loaded = [m for m in sys.modules if m.startswith("postrun.tui") or m == "tomllib"]
        print(type(app.screen).__name__, *loaded)

asyncio.run(main())
"""


def loaded_at_start(home: Path, start: bool) -> list[str]:
    env = os.environ | {"POSTRUN_HOME": str(home)}
    probe = PROBE.format(start=start)
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.parametrize(
    ("start", "shown", "not_loaded"),
    [
        (False, "HomeScreen", ["postrun.tui.session_screen", "postrun.tui.summary_screen"]),
        (True, "SessionScreen", ["postrun.tui.home", "postrun.tui.summary_screen"]),
    ],
)
def test_the_first_screen_does_not_wait_for_the_others(
    isolated_home: Path, start: bool, shown: str, not_loaded: list[str]
) -> None:
    screen, *loaded = loaded_at_start(isolated_home, start)
    assert screen == shown
    assert not set(not_loaded) & set(loaded)


def test_a_session_started_again_reads_no_toml(isolated_home: Path) -> None:
    """The routines and the figures' pose library come from remembered verdicts."""
    assert "tomllib" in loaded_at_start(isolated_home, start=True)  # judged, then kept
    screen, *loaded = loaded_at_start(isolated_home, start=True)
    assert screen == "SessionScreen" and "tomllib" not in loaded
