"""Files that are not what they seem: one clear line each, nothing hangs, nothing is lost."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from postrun import paths
from postrun.store import Settings, load_settings, save_settings

DEEP = "x = " + "[" * 495 + "]" * 495 + "\n"  # tomllib raises RecursionError


def test_only_regular_files_are_read(tmp_path: Path):
    from postrun import files

    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    zero = tmp_path / "zero.toml"
    zero.symlink_to("/dev/zero")
    link = tmp_path / "link.toml"
    (tmp_path / "real.txt").write_text("fine")
    link.symlink_to(tmp_path / "real.txt")
    assert files.read_text(fifo) == files.FileProblem("is a named pipe (FIFO), not a regular file")
    assert files.read_text(folder) == files.FileProblem("is a directory, not a file")
    assert files.read_text(zero) == files.FileProblem("is a device or socket, not a regular file")
    assert files.read_text(link) == "fine"
    assert files.read_text(tmp_path / "gone") == files.FileProblem("no such file or directory")


def test_the_cap_is_applied_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from postrun import files

    path = tmp_path / "grows.toml"
    path.write_bytes(b"a" * 11)
    asked: list[int] = []
    real_read = os.read

    def read(fd: int, n: int) -> bytes:
        asked.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", read)
    assert files.read_text(path, limit=10) == files.FileProblem(
        "is too big: postrun reads files of at most 10 bytes"
    )
    assert sum(asked) <= 11  # never more than the cap and one byte


def test_toml_that_cannot_be_parsed_is_a_syntax_problem():
    from postrun import files

    assert files.parse_toml(DEEP) == files.FileProblem("TOML syntax: nested too deeply")
    huge = files.parse_toml("x = " + "9" * 5000)
    assert isinstance(huge, files.FileProblem) and huge.message.startswith("TOML syntax:")
    placed = files.parse_toml("a = = 1")
    assert placed == files.FileProblem("TOML syntax: Invalid value", "1:5")


@pytest.mark.parametrize("where", ["routine", "settings", "history"])
def test_deep_nesting_is_a_syntax_error_naming_the_file(cli, isolated_home: Path, where: str):
    target = {
        "routine": paths.user_routines_dir() / "deep.toml",
        "settings": paths.settings_file(),
        "history": paths.history_dir() / "2026-01-01T00-00-00-abcdef.toml",
    }[where]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(DEEP)
    readers = {"routine": ("routines", "plan"), "settings": ("plan",), "history": ("history",)}
    for command in ("routines", "plan", "history"):
        result = cli(command)
        assert result.code == 0, result.err
        if command in readers[where]:
            assert f"{target}" in result.err and "nested too deeply" in result.err, result.err


def test_check_names_a_deeply_nested_file_and_its_place(cli, tmp_path: Path):
    path = tmp_path / "deep.toml"
    path.write_text(DEEP)
    result = cli("check", str(path))
    assert result.code == 1
    assert result.out.strip() == f"{path}: TOML syntax: nested too deeply"


def test_errors_per_file_are_capped(cli, tmp_path: Path):
    path = tmp_path / "many.toml"
    exercises = "".join(
        f'[[phases.exercises]]\nid = "e{n}"\nname = "E"\nkind = "hold"\nhold = [0, 0]\n'
        'steps = ["x"]\nwhy = "y"\n'
        for n in range(200)
    )
    path.write_text(
        'id = "many"\ntitle = "T"\nsummary = "S"\nfocus = ["f"]\n'
        '[source]\ntitle = "t"\npublisher = "p"\n[[phases]]\nid = "p"\ntitle = "P"\n'
        'intent = "I"\n' + exercises
    )
    lines = cli("check", str(path)).out.splitlines()
    assert len(lines) == 21
    assert lines[-1] == f"{path}: ... and 380 more problems in this file"


def test_a_full_disk_never_leaves_a_broken_backup(tmp_path: Path, monkeypatch):
    path = tmp_path / "settings.toml"
    path.write_text("default_minutes = 15\n")

    def disk_full(*args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", disk_full)
    monkeypatch.setattr(os, "sendfile", disk_full)  # what a plain copy would use
    with pytest.raises(OSError):
        save_settings(path, Settings(default_minutes=5))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.toml"]
    assert path.read_text() == "default_minutes = 15\n"


def test_saving_writes_through_a_symlink(tmp_path: Path):
    real = tmp_path / "dotfiles" / "postrun.toml"
    real.parent.mkdir()
    real.write_text("default_minutes = 15\n")
    link = tmp_path / "settings.toml"
    link.symlink_to(real)
    save_settings(link, Settings(default_minutes=5))
    assert link.is_symlink() and load_settings(link)[0].default_minutes == 5
    assert (tmp_path / "settings.toml.bak").read_text() == "default_minutes = 15\n"


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_settings_file_or_folder_is_respected(tmp_path: Path, what: str):
    folder = tmp_path / "config"
    folder.mkdir()
    path = folder / "settings.toml"
    path.write_text("default_minutes = 15\n")
    (path if what == "file" else folder).chmod(0o444 if what == "file" else 0o555)
    try:
        with pytest.raises(OSError, match="read-only"):
            save_settings(path, Settings(default_minutes=5))
        assert path.read_text() == "default_minutes = 15\n"
        assert sorted(p.name for p in folder.iterdir()) == ["settings.toml"]
    finally:
        folder.chmod(0o755)
