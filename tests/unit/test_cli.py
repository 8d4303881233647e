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


def test_pose_draws_a_rep_moves_key_frames_side_by_side(cli):
    result = cli("pose", "quick-full-body", "cat-cow", "--size", "20x8")
    assert result.code == 0
    title, *rows = result.out.rstrip("\n").split("\n")
    assert title == "Cat-cow spinal waves (left side, 2 frames)"
    assert len(rows) == 8 and {len(row) for row in rows} == {20 + 2 + 20}
    assert any(char not in " \u2800" for row in rows for char in row), "an empty drawing"


def test_pose_draws_every_move_of_a_routine_and_each_position(cli, routines):
    result = cli("pose", "post-run-reset")
    titles = [line for line in result.out.split("\n") if line and line[0].isalpha()]
    positions = [
        p for e in routines["post-run-reset"].exercises() for p in getattr(e, "positions", [])
    ]
    moves = [e for e in routines["post-run-reset"].exercises() if not hasattr(e, "positions")]
    assert len(titles) == len(moves) + len(positions)
    assert "Supine leg openers: Knee out to the side (left side)" in titles


def test_pose_right_is_not_left_and_bad_names_are_usage_errors(cli):
    left = cli("pose", "post-run-reset", "wall-lunge-chest-opener").out
    right = cli("pose", "post-run-reset", "wall-lunge-chest-opener", "--side", "right").out
    assert left.split("\n")[1:] != right.split("\n")[1:]
    for args in (
        ("post-run-reset", "nope"),
        ("post-run-reset", "happy-baby", "--position", "x"),
        ("post-run-reset", "supine-leg-openers", "--position", "x"),
        ("post-run-reset", "--size", "3x3"),
    ):
        result = cli("pose", *args)
        assert result.code == 2 and result.err.startswith("postrun: "), args


def test_start_resume_with_nothing_to_resume_says_so_in_one_line(cli):
    result = cli("start", "--resume", "--plain")
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("postrun: nothing to resume: ") and result.err.count("\n") == 1


def test_start_resume_makes_the_plan_itself(cli):
    result = cli("start", "--resume", "--plain", "--minutes", "5")
    assert (result.code, result.err) == (
        2,
        "postrun: --resume makes the same plan again: drop --minutes\n",
    )
