"""Routine files: the bundled six validate, and every kind of bad input gets one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from postrun import content, paths
from postrun.models import PositionsExercise

from ..conftest import DATA

BAD = DATA / "bad"

EXPECTED = {
    "empty.toml": ": empty file",
    "not-utf8.toml": ":2:13: not valid UTF-8",
    "not-toml.toml": ":1:6: TOML syntax:",
    "unknown-key.toml": ": phases[0].exercises[0].holdd: unknown key (exercise 'e')",
    "wrong-type.toml": ": phases[0].exercises[0].hold[0]: Input should be a valid integer",
    "zero-duration.toml": ": phases[0].exercises[0].hold[0]: Input should be greater than 0",
    "negative-duration.toml": ": phases[0].exercises[0].hold[0]: Input should be greater than 0",
    "min-over-max.toml": ": phases[0].exercises[0].hold: the minimum 60 is greater than",
    "duplicate-ids.toml": ": (routine): duplicate exercise id 'e'",
    "no-phases.toml": ": phases: needs at least one entry",
    "empty-phase.toml": ": phases[0].exercises: needs at least one entry",
    "path-id.toml": ": id: must be lowercase letters, digits and dashes",
    "wrong-file-name.toml": ": id: id 'another-name' does not match the file name",
}


def test_the_six_bundled_routines_load_cleanly(routines):
    assert sorted(routines) == [
        "breathe-down",
        "cool-down-and-strength",
        "five-key-stretches",
        "long-run-yoga",
        "post-run-reset",
        "quick-full-body",
    ]
    for routine in routines.values():
        assert routine.source.title and routine.source.publisher


def test_check_accepts_the_bundled_content(cli):
    result = cli("check", str(paths.bundled_content_dir()))
    assert result.code == 0
    assert "6 routine files OK" in result.out


def test_post_run_reset_matches_the_article(routines):
    reset = routines["post-run-reset"]
    assert [p.id for p in reset.phases] == ["lower-chain", "hips", "decompress"]
    openers = reset.phases[1].exercises[0]
    assert isinstance(openers, PositionsExercise)
    assert [p.hold for p in openers.positions] == [(30, 60)] * 3
    assert openers.sides == "both"
    child = reset.phases[2].exercises[0]
    assert isinstance(child, PositionsExercise)
    assert [p.sided for p in child.positions] == [False, True]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_file_gets_a_clear_line(cli, name):
    path = BAD / name
    result = cli("check", str(path))
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines, "no error printed"
    assert all(line.startswith(f"{path}:") for line in lines)
    assert any(EXPECTED[name] in line for line in lines), result.out
    assert "Traceback" not in result.out + result.err


def test_the_corpus_reports_every_error_not_just_the_first(cli):
    result = cli("check", str(BAD / "wrong-type.toml"))
    assert len(result.out.splitlines()) == 2  # the bad hold and the bad sides


def test_every_corpus_file_is_covered():
    assert {p.name for p in BAD.glob("*.toml")} == set(EXPECTED)


def test_a_file_over_one_mebibyte_is_refused(cli, tmp_path):
    big = tmp_path / "big.toml"
    big.write_text("# padding\n" * 110_000)
    result = cli("check", str(big))
    assert result.code == 1
    assert "at most 1 MiB" in result.out


def test_missing_paths_and_empty_directories_are_reported(cli, tmp_path):
    result = cli("check", str(tmp_path / "nope.toml"), str(tmp_path))
    assert result.code == 1
    assert f"{tmp_path / 'nope.toml'}: no such file or directory" in result.out
    assert f"{tmp_path}: no routine files (*.toml) in this directory" in result.out


def test_a_directory_is_not_a_routine_file(tmp_path):
    (tmp_path / "x.toml").mkdir()
    problems = content.read_routine(tmp_path / "x.toml")
    assert isinstance(problems, list)
    assert "is a directory" in str(problems[0])


def test_check_without_paths_is_a_usage_error(cli):
    result = cli("check")
    assert result.code == 2
    assert result.err.startswith("postrun: ")


def test_duplicate_ids_across_files_keep_the_first(cli):
    first, second = DATA / "dup" / "bundled" / "same.toml", DATA / "dup" / "user" / "same.toml"
    result = cli("check", str(first), str(second))
    assert result.code == 1
    assert result.out.strip() == f"{second}: id: routine id 'same' is already used by {first}"


def test_a_broken_user_routine_is_reported_once_and_hides_nothing(cli, isolated_home):
    user_dir = paths.user_routines_dir()
    assert user_dir.is_relative_to(isolated_home)
    user_dir.mkdir(parents=True)
    (user_dir / "mine.toml").write_text(
        (DATA / "dup" / "user" / "same.toml").read_text().replace('"same"', '"mine"')
    )
    (user_dir / "broken.toml").write_text("id = ")
    result = cli("routines")
    assert result.code == 0
    assert "mine" in result.out and "post-run-reset" in result.out
    assert result.err.count("broken.toml") == 1


def test_routines_json_lists_duration_ranges(cli):
    import json

    rows = json.loads(cli("routines", "--json").out)
    reset = next(r for r in rows if r["id"] == "post-run-reset")
    assert reset["shortest_seconds"] <= 300 <= 900 <= reset["longest_seconds"] + 30
    assert reset["source"]["publisher"] == "ACTIVE.com"


def test_paths_follow_postrun_home(isolated_home: Path):
    assert paths.settings_file() == isolated_home / "settings.toml"
    assert paths.history_dir() == isolated_home / "history"
    assert (paths.bundled_content_dir() / "post-run-reset.toml").is_file()
