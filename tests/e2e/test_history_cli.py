"""A finished session, one ended early and one killed all appear in `postrun history`."""

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


def test_finished_interrupted_and_killed_sessions_are_all_recorded(tmp_path: Path):
    home = tmp_path / "home"
    finished = run(
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
    assert finished.returncode == 0, finished.stderr
    assert "Saved to your history." in finished.stdout

    env = os.environ | {"POSTRUN_HOME": str(home)}
    for ending, expected in ((signal.SIGTERM, 130), (signal.SIGINT, 130)):
        process = subprocess.Popen(
            [*POSTRUN, "start", "--plain", "--speed", "20", "--sound", "off"],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        for line in process.stdout:  # wait, without sleeping, for a hold to begin
            if "Hold" in line or "reps" in line:
                break
        process.send_signal(ending)
        rest = process.stdout.read()
        assert process.wait(30) == expected
        assert "Session ended early" in rest

    history = run(home, "history", "--json")
    data = json.loads(history.stdout)
    sessions = data["sessions"]
    assert len(sessions) == 3
    assert [s["completed"] for s in sessions].count(True) == 1
    # The finished session alone ran over a minute of stretching: today counts, once.
    assert data["stats"]["streak_days"] == 1 and data["problems"] == []
    text = run(home, "history").stdout
    assert text.count("ended early") == 2 and "complete" in text
