"""Fuzz: random bytes and random mutations of the bundled routines, the settings and a
history record, through check, routines, plan and history (in-process). Never a
traceback, never over 2 s a command, never an escape byte on stdout or stderr."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import signal
import tempfile
import time
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from postrun import paths
from postrun.cli import main
from postrun.store import Settings

MAX_SECONDS = 2.0
EXAMPLES = settings(
    max_examples=50,
    deadline=None,  # timed per command below, with a hard stop for a hang
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ROUTINE = (paths.bundled_content_dir() / "post-run-reset.toml").read_text()
DEEP = b"x = " + b"[" * 495 + b"]" * 495  # tomllib raises RecursionError
RECORD = {
    "ended_at": datetime(2026, 11, 21, 8, tzinfo=UTC),
    "routine": "post-run-reset",
    "title": "Post-run reset",
    "minutes": 10,
    "profile": "standard",
    "planned_seconds": 600,
    "done_seconds": 590.5,
    "completed": True,
    "pauses": 1,
    "skipped_steps": 0,
    "moves_done": ["Happy baby"],
    "moves_skipped": [],
}
NASTY = [
    "[/]",
    "[@click=app.quit]x[/]",
    "[link=http://x]y",
    "[$accent]z",
    "\x1b]0;pwned\x07",
    "\x1b[2J",
    "\u009b31m",
    "\x7f",
    "\r\n",
    "\t",
    "",
    " ",
    "post-run-reset",
    "-",
    "a" * 300,
]
TEXT = st.one_of(
    st.sampled_from(NASTY), st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
)
INTS = st.one_of(
    st.sampled_from([0, 1, -1, 3, 59, 60, 61, 3600, 3601, 10**6, 2**63, 10**30]),
    st.integers(-(2**70), 2**70),
)
FLOATS = st.one_of(
    st.sampled_from([float("nan"), float("inf"), -float("inf"), -0.0, 1e308, 0.001]),
    st.floats(allow_nan=True, allow_infinity=True),
)
TIMES = st.one_of(
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5))])),
    st.datetimes(),  # naive
)
LEAF = st.one_of(
    TEXT,
    INTS,
    FLOATS,
    st.booleans(),
    TIMES,
    st.lists(st.integers(-5, 100), max_size=3),
    st.just([[[[]]]]),
    st.just({}),
)


def like(value: Any) -> st.SearchStrategy[Any]:
    """Mostly a value of the same kind, so a file stays valid often enough to go deeper."""
    same: st.SearchStrategy[Any] = LEAF
    if isinstance(value, str):
        same = TEXT
    elif isinstance(value, bool):
        same = st.booleans()
    elif isinstance(value, int):
        same = INTS
    elif isinstance(value, float):
        same = FLOATS
    elif isinstance(value, datetime):
        same = TIMES
    return st.one_of(same, same, same, LEAF)


@st.composite
def mutated(draw: st.DrawFn, original: dict[str, Any]) -> bytes:
    """The original data with a few random edits: replace, drop, add or copy a node."""
    data = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 4))):
        node: Any = data
        while True:  # walk down to a container, then edit one of its entries
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if isinstance(child, dict | list) and child and draw(st.integers(0, 3)):
                node = child
                continue
            action = draw(st.sampled_from(["replace", "replace", "replace", "drop", "add", "copy"]))
            if action == "replace":  # a copy: st.just() hands out one shared object
                node[key] = copy.deepcopy(draw(like(child)))
            elif action == "drop":
                del node[key]
            elif action == "add" and isinstance(node, dict):
                node[draw(TEXT.filter(bool))] = copy.deepcopy(draw(LEAF))
            elif isinstance(node, list):
                node.append(copy.deepcopy(child))
            break
    try:
        return tomli_w.dumps(data).encode()
    except (TypeError, ValueError):  # a value TOML cannot say: write what can be
        return repr(data).encode()


@st.composite
def edited(draw: st.DrawFn, original: bytes) -> bytes:
    """The original bytes with a random slice replaced by random bytes."""
    start = draw(st.integers(0, len(original)))
    end = draw(st.integers(start, min(len(original), start + 200)))
    return original[:start] + draw(st.binary(max_size=40)) + original[end:]


def hostile(original: bytes, data: dict[str, Any]) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=2000), edited(original), mutated(data))


@contextlib.contextmanager
def home() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        before = os.environ.get(paths.HOME_ENV)
        os.environ[paths.HOME_ENV] = folder
        try:
            yield Path(folder)
        finally:
            os.environ[paths.HOME_ENV] = before or ""


class Hung(Exception):
    pass


def _hung(signum: int, frame: object) -> None:
    raise Hung


def run(*args: str) -> tuple[int, str]:
    """One command in-process: its code and stdout, checked for the three promises."""
    out, err = io.StringIO(), io.StringIO()
    previous = signal.signal(signal.SIGALRM, _hung)
    signal.setitimer(signal.ITIMER_REAL, MAX_SECONDS * 5)  # a hang fails, not blocks
    started = time.monotonic()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    took = time.monotonic() - started
    said = out.getvalue() + err.getvalue()
    assert took < MAX_SECONDS, f"postrun {' '.join(args)} took {took:.2f} s"
    assert code in (0, 1, 2), (args, code)
    assert "\x1b" not in said and "\x9b" not in said, (args, said)
    assert "Traceback" not in said
    return code, out.getvalue()


def every_command(*commands: str, routine: Path | None = None) -> None:
    """The commands that read the hostile file (`routines` reads no settings or history)."""
    if routine is not None:
        run("check", str(routine))
        run("plan", "--routine", routine.stem)
    for command in commands:
        _, out = run(command)
        if command == "history":
            _, out = run("history", "--json")
            json.loads(out, parse_constant=_no_constants)


def _no_constants(name: str) -> None:
    raise AssertionError(f"history --json wrote {name}, which is not JSON")


@EXAMPLES
@given(hostile(ROUTINE.encode(), tomllib.loads(ROUTINE)))
@example(DEEP)
@example(ROUTINE.replace('"Post-run reset"', '"\\u001b]0;pwned\\u0007[/]"').encode())
def test_a_hostile_routine_file(content: bytes):
    with home() as folder:
        routine = folder / "routines" / "fuzzed.toml"
        routine.parent.mkdir()
        routine.write_bytes(content.replace(b'"post-run-reset"', b'"fuzzed"', 1))
        every_command("routines", "plan", routine=routine)


@EXAMPLES
@given(hostile(tomli_w.dumps(Settings().model_dump()).encode(), Settings().model_dump()))
@example(DEEP)
@example(b'default_routine = "gone"\n')
def test_a_hostile_settings_file(content: bytes):
    with home() as folder:
        (folder / "settings.toml").write_bytes(content)
        every_command("plan", "history")


@EXAMPLES
@given(hostile(tomli_w.dumps(RECORD).encode(), RECORD))
@example(DEEP)
@example(tomli_w.dumps(RECORD | {"done_seconds": float("nan")}).encode())
@example(tomli_w.dumps(RECORD | {"ended_at": datetime(2026, 11, 21, 9)}).encode())
def test_a_hostile_history_record(content: bytes):
    with home() as folder:
        history = folder / "history"
        history.mkdir()
        (history / "2026-11-20T08-00-00-aaaaaa.toml").write_text(tomli_w.dumps(RECORD))
        (history / "2026-11-21T08-00-00-abcdef.toml").write_bytes(content)
        every_command("history")
