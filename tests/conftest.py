"""Shared fixtures: the bundled routines, an isolated POSTRUN_HOME, the CLI in-process."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from postrun import content
from postrun.cli import main
from postrun.models import Routine

DATA = Path(__file__).parent / "data"
# Tests that wait in real time on other processes (a terminal, a browser, a player): the
# README's command runs them on their own, after the rest has run in parallel, so that
# no other test's load can starve the clocks they wait on.
REAL_TIME = ("e2e", "serve", "sound")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if item.path.relative_to(here).parts[0] in REAL_TIME:
            item.add_marker(pytest.mark.real_time)


@pytest.fixture(autouse=True, scope="session")
def isolated_session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Session fixtures (the bundled routines) leave their cache there, not in the real one."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("POSTRUN_HOME", str(tmp_path_factory.mktemp("session-home")))
        yield


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own empty user dirs: no test reads or writes the real ones."""
    home = tmp_path / "home"
    monkeypatch.setenv("POSTRUN_HOME", str(home))
    yield home


@pytest.fixture(scope="session")
def routines() -> dict[str, Routine]:
    catalog = content.load_all(include_user=False)
    assert not catalog.problems
    return catalog.routines


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    def run(*args: str) -> Result:
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
