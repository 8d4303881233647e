"""`start --plain` as a real process: its output broken three ways, Enter on a terminal.
Each ends quietly, with the session recorded."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from postrun.store import History

START = [sys.executable, "-m", "postrun", "start", "--plain", "--sound", "off", "--minutes", "3"]


def _env(home: Path) -> dict[str, str]:
    return os.environ | {"POSTRUN_HOME": str(home)}


def _records(home: Path) -> list:
    loaded = History(home / "history").load()
    assert not loaded.problems
    return loaded.records


def test_a_reader_that_went_away_ends_it_quietly(tmp_path: Path):
    read, write = os.pipe()
    os.close(read)  # like `| head -3` once head has its lines: every write is EPIPE
    process = subprocess.Popen(
        START, env=_env(tmp_path), stdin=subprocess.DEVNULL, stdout=write, stderr=subprocess.PIPE
    )
    os.close(write)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert err == b"", err.decode()
    assert len(_records(tmp_path)) == 1


def test_a_full_disk_ends_it_with_one_line_and_keeps_it(tmp_path: Path):
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            START, env=_env(tmp_path), stdin=subprocess.DEVNULL, stdout=full,
            stderr=subprocess.PIPE, text=True, timeout=30,
        )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "postrun: the log stopped (No space left on device); the session is kept"
    ]
    assert len(_records(tmp_path)) == 1


def test_a_closed_terminal_ends_it_quietly(tmp_path: Path):
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        START, env=_env(tmp_path), stdin=subprocess.DEVNULL, stdout=terminal, stderr=terminal
    )
    os.close(terminal)
    ready, _, _ = select.select([controller], [], [], 20)
    assert ready and os.read(controller, 100)  # it has started writing to the terminal
    os.close(controller)  # the terminal is gone: writes fail with EIO
    process.wait(30)
    assert process.returncode == 130
    assert len(_records(tmp_path)) == 1


def test_on_a_terminal_enter_pauses_and_resumes(tmp_path: Path):
    controller, terminal = pty.openpty()
    process = subprocess.Popen(START, env=_env(tmp_path), stdin=terminal, stdout=subprocess.PIPE)
    os.close(terminal)
    assert process.stdout is not None
    out = process.stdout.fileno()
    said = b""

    def saw(text: str) -> bool:
        """Read its output until `text` appears: a bounded wait on another process."""
        nonlocal said
        deadline = time.monotonic() + 20
        while text.encode() not in said:
            ready, _, _ = select.select([out], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(out, 4096) if ready else b""
            assert chunk, f"never saw {text!r}; it said:\n{said.decode()}"
            said += chunk
        return True

    try:
        assert saw("Enter pauses and resumes")
        os.write(controller, b"\n")
        assert saw("Paused. Press Enter to resume")
        os.write(controller, b"\n")
        assert saw("Resuming in 3 s")
    finally:
        process.terminate()
        process.communicate(timeout=30)
        os.close(controller)
    assert process.returncode == 130
    [record] = _records(tmp_path)
    assert record.pauses == 1
