"""`postrun doctor`: what it finds about sound (PATH lookups are fakes), the install line
for this system, and its exit status."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from postrun import paths
from postrun.sound import check_sound


def on_path(*names: str):
    return lambda name: f"/usr/bin/{name}" if name in names else None


@pytest.fixture(autouse=True)
def no_simpleaudio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "simpleaudio", None)  # nothing here may open a device


@pytest.mark.parametrize(
    ("manager", "line"),
    [
        ("apt-get", "sudo apt-get install alsa-utils espeak-ng"),
        ("dnf", "sudo dnf install alsa-utils espeak-ng"),
        ("pacman", "sudo pacman -S alsa-utils espeak-ng"),
    ],
)
def test_nothing_to_play_or_speak_with_says_the_install_line_for_this_system(manager, line):
    checkup = check_sound("auto", "auto", lambda: None, which=on_path(manager), platform="linux")
    assert checkup.chosen.player.name == "bell"
    assert checkup.install is not None and checkup.install.command == line
    assert checkup.extra is not None and checkup.extra.endswith("pip install 'postrun[sound]'")
    assert checkup.build is not None and "gcc" in (checkup.build.command or "")


def test_without_a_package_manager_the_packages_are_named():
    checkup = check_sound("auto", "on", lambda: None, which=on_path(), platform="linux")
    assert checkup.install is not None and checkup.install.command is None
    assert checkup.install.packages == ("aplay", "espeak-ng")
    assert checkup.voice_why == "the terminal bell cannot speak"


def test_voice_off_asks_for_no_engine():
    checkup = check_sound("auto", "off", lambda: None, which=on_path("apt-get"), platform="linux")
    assert checkup.install is not None and checkup.install.packages == ("alsa-utils",)


def test_with_sound_off_the_voice_says_so():
    checkup = check_sound("off", "auto", lambda: None, which=on_path(), platform="linux")
    assert checkup.voice_why == "sound is off" and checkup.chosen.tried == ()


def test_a_mac_needs_nothing_installed():
    checkup = check_sound("bell", "auto", lambda: None, which=on_path("brew"), platform="darwin")
    assert checkup.install is None


def test_doctor_runs_here_and_says_where_everything_lives(cli, isolated_home: Path):
    result = cli("doctor", "--quiet")
    assert result.code == 0, result.out
    assert str(paths.settings_file()) in result.out
    assert str(paths.history_dir()) in result.out
    assert "problems   none" in result.out
    assert result.out.rstrip().endswith("postrun can run.")
    assert len(result.out.splitlines()) <= 24  # one screenful


def test_doctor_reports_a_broken_settings_file_and_a_bad_routine_but_runs(cli, isolated_home):
    isolated_home.mkdir(parents=True)
    (isolated_home / "settings.toml").write_text("default_minutes = 90\n")
    (isolated_home / "routines").mkdir()
    (isolated_home / "routines" / "mine.toml").write_text("id = ")
    result = cli("doctor", "--quiet")
    assert result.code == 0
    assert "default_minutes" in result.out and "mine.toml" in result.out


def test_doctor_exits_1_when_no_bundled_routine_loads(cli, tmp_path, monkeypatch):
    empty = tmp_path / "content"
    empty.mkdir()
    monkeypatch.setattr(paths, "bundled_content_dir", lambda: empty)
    result = cli("doctor", "--quiet")
    assert result.code == 1
    assert "postrun cannot run: no bundled routine loads" in result.out


def test_doctor_says_serve_can_run_and_the_home_network_address(cli, isolated_home, monkeypatch):
    monkeypatch.setattr("postrun.serve.lan_address", lambda: "192.168.1.23")
    result = cli("doctor", "--quiet")
    serve_line = next(line for line in result.out.splitlines() if line.startswith("serve "))
    assert "textual-serve 1.1.3" in serve_line and "can run" in serve_line
    assert any(
        line.startswith("lan ") and "192.168.1.23" in line for line in result.out.splitlines()
    ), result.out
    assert len(result.out.splitlines()) <= 24  # still one screenful


def test_doctor_says_why_serve_cannot_run_but_postrun_still_can(cli, isolated_home, monkeypatch):
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)  # an import that fails
    monkeypatch.setattr("postrun.serve.lan_address", lambda: None)
    result = cli("doctor", "--quiet")
    lines = result.out.splitlines()
    serve_line = next(line for line in lines if line.startswith("serve "))
    assert "cannot run" in serve_line and "textual-serve" in serve_line
    lan_line = next(line for line in lines if line.startswith("lan "))
    assert "no home-network address" in lan_line
    assert result.code == 0 and result.out.rstrip().endswith("postrun can run.")
