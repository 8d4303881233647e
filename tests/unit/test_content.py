"""Routine files: the bundled six validate, and every kind of bad input gets one clear line."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from postrun import content, paths
from postrun.models import (
    BreathExercise,
    HoldExercise,
    PositionsExercise,
    RepsExercise,
    Routine,
)
from postrun.plan import PROFILES, PlanSettings, duration_range, tolerance

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


# ---- the bundled content uses them --------------------------------------------------------


def _raw_exercises() -> list[tuple[str, dict[str, object]]]:
    found: list[tuple[str, dict[str, object]]] = []
    for path in sorted(paths.bundled_content_dir().glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for phase in data["phases"]:
            found.extend((path.stem, exercise) for exercise in phase["exercises"])
    return found


def test_every_bundled_rep_and_breath_move_names_its_count_word():
    missing = [
        f"{routine}: {exercise['id']}"
        for routine, exercise in _raw_exercises()
        if exercise["kind"] in ("reps", "breath") and "rep_word" not in exercise
    ]
    assert not missing, "no rep_word: " + ", ".join(missing)


def test_every_bundled_move_and_position_chooses_its_priority():
    missing = [
        f"{routine}: {exercise['id']}"
        for routine, exercise in _raw_exercises()
        if "priority" not in exercise
    ]
    missing += [
        f"{routine}: {exercise['id']}.{position['id']}"
        for routine, exercise in _raw_exercises()
        for position in exercise.get("positions", [])  # type: ignore[attr-defined]
        if "priority" not in position
    ]
    assert not missing, "no priority: " + ", ".join(missing)


NOT_STRETCHES = {
    "cool-down-and-strength": {"glute-ball-release", "tfl-ball-release", "plank", "side-plank"},
    "long-run-yoga": {"savasana", "cat-cow-yoga"},
    "quick-full-body": {"shoulder-rolls-arm-circles", "wall-ankle-mobilization"},
}


def test_planks_ball_releases_rests_and_moving_holds_are_not_stretches(routines):
    for routine_id, ids in NOT_STRETCHES.items():
        routine = routines[routine_id]
        marked = {
            e.id
            for e in routine.exercises()
            if isinstance(e, HoldExercise | RepsExercise) and not e.stretch
        }
        assert ids <= marked, f"{routine_id}: {sorted(ids - marked)} are marked as stretches"


def test_every_phase_has_a_core_move(routines):
    for routine in routines.values():
        for phase in routine.phases:
            assert any(e.priority == "core" for e in phase.exercises), (routine.id, phase.id)
            for exercise in phase.exercises:
                if isinstance(exercise, PositionsExercise):
                    assert any(p.priority == "core" for p in exercise.positions), exercise.id


def test_the_cautions_from_the_articles_are_kept(routines):
    def text(routine_id: str, exercise_id: str | None = None) -> str:
        routine = routines[routine_id]
        if exercise_id is None:
            return " ".join(routine.cautions).lower()
        exercise = next(e for e in routine.exercises() if e.id == exercise_id)
        return " ".join(exercise.cautions).lower()

    assert "finger" in text("five-key-stretches")
    assert "5 to 10 seconds" in text("five-key-stretches", "hip-hinge-rock-back")
    assert "hold" in text("five-key-stretches", "calf-step")
    assert "bounc" in text("quick-full-body") and "pain" in text("quick-full-body")
    assert "skip" in text("long-run-yoga")
    assert "neck" in text("long-run-yoga", "plow")
    assert "wall" in text("quick-full-body", "hip-circles")


def test_holds_and_counts_match_the_articles(routines):
    def move(routine_id: str, exercise_id: str):
        return next(e for e in routines[routine_id].exercises() if e.id == exercise_id)

    hinge = move("five-key-stretches", "hip-hinge-rock-back")
    assert isinstance(hinge, RepsExercise)
    assert (hinge.reps, hinge.rep_hold, hinge.stretch) == ((5, 5), (30, 60), True)
    quad, figure_four = (move("quick-full-body", i) for i in ("standing-quad-pull", "figure-four"))
    assert isinstance(quad, HoldExercise) and isinstance(figure_four, HoldExercise)
    assert (quad.hold, figure_four.hold) == ((30, 30), (45, 45))
    circles = move("quick-full-body", "hip-circles")
    assert isinstance(circles, RepsExercise)
    assert (circles.reps, circles.rep_word[1], circles.both_ways) == ((10, 10), "circles", True)
    cat_cow = move("quick-full-body", "cat-cow")
    assert isinstance(cat_cow, RepsExercise)
    assert cat_cow.reps == (12, 12), "the article's ten-minute list says 12 cycles"
    box = move("breathe-down", "box-breathing")
    assert isinstance(box, BreathExercise) and box.rep_word == ("round", "rounds")


def test_names_say_what_the_move_is(routines):
    dog = next(e for e in routines["long-run-yoga"].exercises() if e.id == "three-legged-dog")
    assert dog.name == "Tip-toe three-legged dog", "the yoga article's own pose name"
    assert any("toes" in step.lower() for step in dog.steps), "the steps say how the tip-toe goes"
    child = next(
        e for e in routines["post-run-reset"].exercises() if e.id == "child-pose-side-reach"
    )
    assert isinstance(child, PositionsExercise)
    reach = next(p for p in child.positions if p.id == "side-reach")
    assert "this side" in reach.name and "other way" in reach.name
    tfl = next(
        e for e in routines["cool-down-and-strength"].exercises() if e.id == "tfl-ball-release"
    )
    how = " ".join(tfl.steps)
    assert "behind" in how and "bony point" in how and "foam roller" in how


def test_credits_say_only_what_our_copies_say(routines):
    unnamed = {r.id for r in routines.values() if r.source.publisher == "not named in our copy"}
    assert unnamed == {"breathe-down", "cool-down-and-strength", "long-run-yoga", "quick-full-body"}
    reset = routines["post-run-reset"].source
    assert "headline" in reset.title and reset.publisher == "ACTIVE.com"


@pytest.mark.parametrize("profile", PROFILES)
def test_the_core_moves_alone_fit_five_minutes(routines, profile):
    """Priorities are chosen so a 5-minute session can keep every phase's core move."""
    for routine in routines.values():
        data = routine.model_dump()
        for phase in data["phases"]:
            phase["exercises"] = [e for e in phase["exercises"] if e["priority"] == "core"]
            for exercise in phase["exercises"]:
                if "positions" in exercise:
                    exercise["positions"] = [
                        p for p in exercise["positions"] if p["priority"] == "core"
                    ]
        core = Routine.model_validate(data)
        shortest, _ = duration_range(core, PlanSettings(profile=profile))
        assert shortest <= 300 + tolerance(300), (routine.id, shortest)
