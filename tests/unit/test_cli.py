"""The command line's help and choices come from the settings in force and the model."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_start_help_shows_the_defaults_that_will_be_used(cli, isolated_home: Path, capsys):
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "settings.toml").write_text(
        'default_minutes = 15\ndefault_routine = "breathe-down"\nsound = "bell"\n'
    )
    with pytest.raises(SystemExit):
        cli("start", "--help")
    shown = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    assert "default: 15" in shown and "default: breathe-down" in shown
    assert "default: bell" in shown


def test_sound_and_profile_choices_are_the_settings_models(cli, capsys):
    with pytest.raises(SystemExit):
        cli("start", "--help")
    shown = " ".join(capsys.readouterr().out.split())
    assert "{auto,simpleaudio,system,bell,off}" in shown and "{standard,40plus}" in shown


def test_minutes_outside_the_range_are_a_usage_error(cli):
    result = cli("plan", "--minutes", "61")
    assert result.code == 2 and "minutes must be 3-60, got 61" in result.err
