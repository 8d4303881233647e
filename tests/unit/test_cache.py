"""The remembered verdicts: a start with unchanged files needs no pydantic, and a cache
entry that is damaged or stale is ignored and rebuilt, never trusted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from postrun import cache, content, paths, validate
from postrun.data import build, dump
from postrun.models import Routine
from postrun.store import History, Record, Settings, load_settings

ROUTINE = """id = "mine"
title = "{title}"
summary = "Mine."
focus = ["calves"]
[source]
title = "T"
publisher = "P"
[[phases]]
id = "p"
title = "P"
intent = "I"
[[phases.exercises]]
id = "calf"
name = "Calf"
kind = "hold"
hold = [30, 30]
steps = ["Lean."]
why = "Calves."
"""


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every call into pydantic, counted."""
    calls: list[object] = []
    real = validate.validated

    def counting(kind, data):
        calls.append(kind)
        return real(kind, data)

    monkeypatch.setattr(validate, "validated", counting)
    return calls


def mine(tmp_path: Path, title: str = "Alpha") -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(ROUTINE.format(title=title))
    return path


def title_of(path: Path) -> str:
    result = content.read_routine(path)
    assert isinstance(result, Routine), result
    return result.title


def test_a_file_is_validated_once_then_read_from_the_cache(tmp_path: Path, judged):
    path = mine(tmp_path)
    assert title_of(path) == "Alpha" and len(judged) == 1
    assert title_of(path) == "Alpha" and len(judged) == 1


def test_a_damaged_entry_is_ignored_and_rebuilt(tmp_path: Path, judged):
    path = mine(tmp_path)
    title_of(path)
    entry = cache.entry_file("routine", path)
    for damage in (b"", b"{not json", b'{"key": 1}', b"[]", b"\xff\xfe", b"{}" * 100):
        entry.write_bytes(damage)
        assert title_of(path) == "Alpha"
        assert json.loads(entry.read_text())["verdict"]["routine"]["title"] == "Alpha"
    assert len(judged) == 7


def test_an_entry_whose_seal_does_not_match_is_not_trusted(tmp_path: Path, judged):
    path = mine(tmp_path)
    title_of(path)
    entry = cache.entry_file("routine", path)
    kept = json.loads(entry.read_text())
    kept["verdict"]["routine"]["title"] = "Forged"
    entry.write_text(json.dumps(kept))
    assert title_of(path) == "Alpha" and len(judged) == 2


def test_a_sealed_entry_of_the_wrong_shape_is_judged_again(tmp_path: Path, judged):
    path = mine(tmp_path)
    title_of(path)
    key = cache.key_of("routine", path, path.read_bytes())
    assert key is not None
    cache.remember(key, {"routine": {"id": "mine"}})  # well sealed, but no routine
    assert title_of(path) == "Alpha" and len(judged) == 2


def test_a_changed_file_with_the_same_size_and_mtime_is_judged_again(tmp_path: Path, judged):
    path = mine(tmp_path, "Alpha")
    before = os.stat(path)
    assert title_of(path) == "Alpha"
    path.write_text(ROUTINE.format(title="Bravo"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert title_of(path) == "Bravo" and len(judged) == 2


def test_a_new_schema_version_judges_every_file_again(
    tmp_path: Path, judged, monkeypatch: pytest.MonkeyPatch
):
    path = mine(tmp_path)
    title_of(path)
    monkeypatch.setattr(cache, "schema_version", lambda: "another schema")
    assert title_of(path) == "Alpha" and len(judged) == 2
    assert title_of(path) == "Alpha" and len(judged) == 2


def test_the_schema_version_covers_the_modules_that_decide_validity():
    every = {p for p in cache.PACKAGE.rglob("*.py") if p.parts[-2] not in cache.NOT_DECIDING}
    assert set(cache.deciding_modules()) == every
    covered = {p.name for p in every}
    for module in ("models.py", "rules.py", "validate.py", "content.py", "settings.py"):
        assert module in covered
    assert not {"session_screen.py", "engine.py", "board.py", "command.py"} & covered
    assert len(cache.schema_version()) == 8  # a CRC-32 in hex


def test_a_bad_file_says_the_same_from_the_cache(tmp_path: Path, judged):
    path = tmp_path / "mine.toml"
    path.write_text(ROUTINE.format(title="").replace("hold = [30, 30]", "hold = [30, 3]"))
    first = [str(p) for p in content.read_routine(path)]  # type: ignore[union-attr]
    again = [str(p) for p in content.read_routine(path)]  # type: ignore[union-attr]
    assert first == again and len(first) == 2 and len(judged) == 1
    assert "title: must not be empty" in first[0]


def test_a_cache_that_cannot_be_written_is_no_cache(tmp_path: Path, isolated_home: Path):
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "cache").write_text("a file where the folder would be")
    path = mine(tmp_path)
    assert title_of(path) == "Alpha" and title_of(path) == "Alpha"


def test_settings_and_records_are_remembered_too(tmp_path: Path, judged):
    path = tmp_path / "settings.toml"
    path.write_text("default_minutes = 15\nvoice = true\n")
    wanted = Settings(default_minutes=15, voice="on")
    assert load_settings(path) == (wanted, None) == load_settings(path)
    path.write_text("default_minutes = 99\n")
    problem = load_settings(path)[1]
    assert problem is not None and "default_minutes" in problem
    assert load_settings(path)[1] == problem
    history = History(tmp_path / "history")
    ended = datetime(2026, 5, 1, 7, 30, tzinfo=timezone(timedelta(hours=2)))
    record = Record(
        ended_at=ended,
        routine="r",
        title="R",
        minutes=10,
        profile="standard",
        planned_seconds=600,
        done_seconds=590.5,
        completed=True,
    )
    history.add(record)
    assert history.load().records == [record] == History(tmp_path / "history").load().records
    assert judged == [Settings, Settings, Record]


def test_every_bundled_routine_rebuilds_from_its_plain_data(routines: dict[str, Routine]):
    for routine in routines.values():
        assert build(Routine, json.loads(json.dumps(dump(routine, json=True)))) == routine


def test_a_start_with_files_already_judged_imports_no_pydantic_or_hashlib(tmp_path: Path):
    # hashlib's OpenSSL digest tables: 0.6 MB of a session's peak memory (bench/README.md)
    home = tmp_path / "home"
    (home / "routines").mkdir(parents=True)
    mine(home / "routines")
    (home / "settings.toml").write_text("default_minutes = 15\n")
    probe = (
        "import sys\n"
        "from postrun import content, paths\n"
        "from postrun.store import History, load_settings\n"
        "catalog = content.load_all()\n"
        "assert not catalog.problems and 'mine' in catalog.routines\n"
        "assert load_settings(paths.settings_file())[0].default_minutes == 15\n"
        "History(paths.history_dir()).load()\n"
        "print('pydantic' in sys.modules, 'hashlib' in sys.modules)\n"
    )
    env = os.environ | {"POSTRUN_HOME": str(home)}
    runs = [
        subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
        for _ in range(2)
    ]
    assert [r.stdout.split()[0] for r in runs] == ["True", "False"], runs[-1].stderr
    assert runs[-1].stdout.split()[1] == "False"


def test_check_judges_every_file_afresh(tmp_path: Path, judged, cli):
    path = mine(tmp_path)
    title_of(path)
    assert len(judged) == 1
    result = cli("check", str(path))
    assert result.code == 0 and len(judged) == 2


def test_a_changed_module_is_a_new_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    module = tmp_path / "rules.py"
    module.write_text("LIMIT = 1\n")
    monkeypatch.setattr(cache, "PACKAGE", tmp_path)

    def version() -> str:
        cache.schema_version.cache_clear()
        return cache.schema_version()

    try:
        before = version()
        assert version() == before  # the same files: the same schema
        info = os.stat(module)
        module.write_text("LIMIT = 2\n")
        os.utime(module, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
        assert version() != before
    finally:
        cache.schema_version.cache_clear()  # the real package's for the tests after this


def test_a_changed_pose_file_is_a_new_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    library = tmp_path / "poses" / "library"
    library.mkdir(parents=True)
    pose = library / "dog.toml"
    pose.write_text('name = "dog"\n')
    (library / "notes.txt").write_text("not a pose\n")
    monkeypatch.setattr(paths, "bundled_content_dir", lambda: tmp_path)

    def version() -> str:
        cache.schema_version.cache_clear()
        return cache.schema_version()

    try:
        before = version()
        (library / "notes.txt").write_text("still not a pose, longer\n")
        assert version() == before
        pose.write_text('name = "downward dog"\n')
        assert version() != before
    finally:
        cache.schema_version.cache_clear()
