"""`postrun serve`'s windows: each runs the command built here, with `start`'s options."""

from __future__ import annotations

import shlex

import pytest

from postrun.cli.arguments import build_parser
from postrun.cli.command import served_settings
from postrun.cli.serve import child_command, child_environment
from postrun.served import SERVED_ENV
from postrun.store import Settings

PLAN_OPTIONS = ("routine", "after", "minutes", "profile", "walk", "focus", "equipment", "seed")


def served(*options: str):
    return build_parser().parse_args(["serve", *options])


def window_args(command: str):
    """What the window's `postrun` reads from the command the server runs for it."""
    argv = shlex.split(command)
    assert argv[1:3] == ["-m", "postrun"], argv
    return build_parser().parse_args(argv[3:]) if argv[3:] else None


@pytest.mark.parametrize(
    "options",
    [
        ["--after", "tempo", "--focus", "calves", "--equipment", "mat", "--seed", "3"],
        ["--after", "long", "--minutes", "12", "--focus", "calves,hips", "--profile", "40plus"],
        ["--routine", "breathe-down", "--minutes", "5", "--walk", "2", "--sound", "off"],
        ["--routine", "breathe-down", "--no-voice"],
    ],
)
def test_a_window_starts_the_session_serve_was_given(options):
    given = served(*options)
    window = window_args(child_command(given))
    assert window is not None and window.command == "start"
    for name in (*PLAN_OPTIONS, "sound", "voice"):
        assert getattr(window, name) == getattr(given, name), name


@pytest.mark.parametrize("options", [[], ["--sound", "off"], ["--voice"], ["--no-voice"]])
def test_sound_or_voice_alone_opens_home(options):
    assert window_args(child_command(served(*options))) is None  # `postrun` alone: Home


def test_homes_sound_and_voice_are_the_ones_serve_was_given(monkeypatch):
    for name, value in child_environment(served("--sound", "off", "--no-voice")).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv(SERVED_ENV, "1")
    settings = served_settings(Settings(sound="auto", voice="on"))
    assert (settings.sound, settings.voice) == ("off", "off")


def test_only_a_served_window_takes_them(monkeypatch):
    for name, value in child_environment(served("--sound", "off")).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv(SERVED_ENV, raising=False)
    assert served_settings(Settings(sound="bell")).sound == "bell"


@pytest.mark.parametrize("option", [["--minutes", "5"], ["--profile", "40plus"], ["--walk", "2"]])
def test_a_plan_option_without_routine_or_after_is_a_usage_error(cli, option):
    result = cli("serve", "--port", "0", *option)
    assert result.code == 2
    assert f"{option[0]} needs --routine or --after" in result.err
