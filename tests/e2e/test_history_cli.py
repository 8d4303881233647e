"""Sessions ended by a signal appear in `postrun history`; a preview (--speed) does not.

A session run to its end is recorded too: tests/unit/test_plain.py runs one on a fake
clock (a real one would take minutes, and a faster one is a preview).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

POSTRUN = [sys.executable, "-m", "postrun"]


def run(home: Path, *args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"POSTRUN_HOME": str(home)}
    return subprocess.run([*POSTRUN, *args], env=env, capture_output=True, text=True, **kwargs)


def test_interrupted_and_killed_sessions_are_recorded_and_previews_are_not(tmp_path: Path):
    home = tmp_path / "home"
    preview = run(
        home,
        "start",
        "--plain",
        "--speed",
        "100",
        "--minutes",
        "3",
        "--routine",
        "breathe-down",
        "--sound",
        "off",
        timeout=60,
    )
    assert preview.returncode == 0, preview.stderr
    assert "Preview: not recorded" in preview.stdout

    env = os.environ | {"POSTRUN_HOME": str(home)}
    for ending in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        process = subprocess.Popen(
            [*POSTRUN, "start", "--plain", "--sound", "off"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        for line in process.stdout:  # wait, without sleeping, for the first move
            if "Get into position" in line:
                break
        process.send_signal(ending)
        rest = process.stdout.read()
        assert process.wait(30) == 130
        assert "Session ended early" in rest and "Saved to your history." in rest

    history = run(home, "history", "--json")
    data = json.loads(history.stdout)
    sessions = data["sessions"]
    assert len(sessions) == 3
    assert not any(s["completed"] for s in sessions)
    assert data["stats"]["streak_days"] == 0 and data["problems"] == []
    text = run(home, "history").stdout
    assert text.count("ended early") == 3
