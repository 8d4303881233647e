"""What a start loads before its first frame: only what the first screen needs.

Each module kept off the path is time the runner does not wait (`bench/` measures how
much); these tests keep it off. They run the real entry point in a fresh interpreter,
with the App's run loop taken out, and list what was imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import importlib, sys
main = importlib.import_module("postrun.cli.main")
from postrun.tui.app import PostrunApp
PostrunApp.run = lambda self, *args, **kwargs: None
main._is_terminal = lambda stream: True
main.main(sys.argv[1:])
print(" ".join(sorted(sys.modules)))
"""


def loaded(home: Path, *args: str) -> set[str]:
    env = os.environ | {"POSTRUN_HOME": str(home)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


@pytest.mark.parametrize("args", [(), ("start", "--sound", "auto")], ids=["home", "start"])
def test_a_screen_starts_without_the_text_views_or_ctypes(tmp_path: Path, args) -> None:
    modules = loaded(tmp_path, *args)
    assert "postrun.tui.app" in modules  # the probe did reach the App
    # The command line's text views are for `plan`, `routines` and `history`; ctypes
    # (to quiet ALSA) loads in the sound thread, after the first frame.
    assert not {"postrun.cli.views", "ctypes"} & modules
