"""The content fields a short session and a coach's words rely on: priority, stretch,
cautions and rep_word. Good values load; bad ones get one line naming the place."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from postrun import content
from postrun.models import (
    BreathExercise,
    HoldExercise,
    PositionsExercise,
    RepsExercise,
    Routine,
    regular_plural,
)

HEAD = """\
id = "r"
title = "A routine"
summary = "For tests."
focus = ["hips"]
{routine_extra}
[source]
title = "An article"
publisher = "A publisher"

[[phases]]
id = "p"
title = "Phase"
intent = "Why."

[[phases.exercises]]
id = "first"
name = "First"
kind = "hold"
hold = [30, 60]
steps = ["Do it."]
why = "Because."
"""

REPS = """
[[phases.exercises]]
id = "second"
name = "Second"
kind = "reps"
reps = [10, 15]
tempo = 2
steps = ["Do it."]
why = "Because."
"""

BREATH = """
[[phases.exercises]]
id = "second"
name = "Second"
kind = "breath"
pattern = [["in", 4], ["out", 4]]
rounds = [5, 10]
steps = ["Do it."]
why = "Because."
"""

POSITIONS = """
[[phases.exercises]]
id = "second"
name = "Second"
kind = "positions"
steps = ["Do it."]
why = "Because."

[[phases.exercises.positions]]
id = "one"
name = "One"
hold = [30, 60]
"""


def write(tmp_path: Path, second: str = "", extra: str = "", routine_extra: str = "") -> Path:
    path = tmp_path / "r.toml"
    path.write_text(HEAD.format(routine_extra=routine_extra) + second + extra + "\n")
    return path


def load(path: Path) -> Routine:
    result = content.read_routine(path)
    assert isinstance(result, Routine), [str(p) for p in result]
    return result


def problems(path: Path) -> list[str]:
    result = content.read_routine(path)
    assert isinstance(result, list), "expected the file to be refused"
    return [str(p) for p in result]


# ---- priority -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["core", "extra", "optional"])
def test_exercises_take_three_priorities(tmp_path, value):
    routine = load(write(tmp_path, REPS, f'priority = "{value}"'))
    assert routine.phases[0].exercises[1].priority == value


def test_priority_defaults_to_core(tmp_path):
    routine = load(write(tmp_path, REPS))
    assert [e.priority for e in routine.exercises()] == ["core", "core"]


def test_an_unknown_priority_names_the_place(tmp_path):
    path = write(tmp_path, REPS, 'priority = "nice"')
    [line] = problems(path)
    assert line.startswith(f"{path}: phases[0].exercises[1].priority: Input should be 'core'")
    assert line.endswith("(exercise 'second')")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("", "core"),
        ('priority = "extra"', "extra"),
        ("optional = true", "optional"),
        ("optional = false", "core"),
    ],
)
def test_positions_take_a_priority_or_the_older_optional(tmp_path, given, expected):
    routine = load(write(tmp_path, POSITIONS, given))
    exercise = routine.phases[0].exercises[1]
    assert isinstance(exercise, PositionsExercise)
    assert exercise.positions[0].priority == expected
    assert exercise.positions[0].optional is (expected == "optional")


def test_a_position_with_both_optional_and_priority_is_refused(tmp_path):
    path = write(tmp_path, POSITIONS, 'optional = true\npriority = "core"')
    [line] = problems(path)
    assert line == (
        f"{path}: phases[0].exercises[1].positions[0]: give priority or optional, not both "
        "(optional = true is priority = \"optional\") (exercise 'second')"
    )


def test_optional_must_be_true_or_false(tmp_path):
    path = write(tmp_path, POSITIONS, 'optional = "yes"')
    [line] = problems(path)
    assert line.startswith(f"{path}: phases[0].exercises[1].positions[0]: optional must be true")


# ---- stretch ------------------------------------------------------------------------------


def test_holds_positions_and_rep_holds_are_stretches_unless_marked(tmp_path):
    routine = load(write(tmp_path, POSITIONS))
    first, second = routine.exercises()
    assert isinstance(first, HoldExercise) and isinstance(second, PositionsExercise)
    assert first.stretch and second.positions[0].stretch
    routine = load(write(tmp_path, REPS, "rep_hold = [5, 5]\nstretch = false"))
    reps = routine.exercises()[1]
    assert isinstance(reps, RepsExercise) and reps.stretch is False


def test_a_moving_hold_is_never_a_stretch(tmp_path):
    path = write(tmp_path, extra="moving = true")
    hold = load(path).exercises()[0]
    assert isinstance(hold, HoldExercise) and hold.stretch is False
    path = write(tmp_path, extra="moving = true\nstretch = true")
    [line] = problems(path)
    assert line == (
        f"{path}: phases[0].exercises[0]: a moving hold is not a static stretch: "
        "drop stretch = true (exercise 'first')"
    )


def test_stretch_must_be_true_or_false(tmp_path):
    path = write(tmp_path, extra='stretch = "no"')
    [line] = problems(path)
    assert line.startswith(f"{path}: phases[0].exercises[0].stretch: Input should be a valid boo")


def test_stretch_is_not_a_key_of_a_walk(tmp_path):
    walk = REPS.replace(
        'kind = "reps"\nreps = [10, 15]\ntempo = 2', 'kind = "walk"\nduration = [60, 60]'
    )
    path = write(tmp_path, walk, "stretch = false")
    [line] = problems(path)
    assert line == f"{path}: phases[0].exercises[1].stretch: unknown key (exercise 'second')"


# ---- cautions -----------------------------------------------------------------------------


def test_cautions_on_the_routine_and_on_a_move(tmp_path):
    path = write(
        tmp_path,
        extra='cautions = ["Hold a wall for balance."]',
        routine_extra='cautions = ["Stop short of pain."]',
    )
    routine = load(path)
    assert routine.cautions == ["Stop short of pain."]
    assert routine.exercises()[0].cautions == ["Hold a wall for balance."]


def test_cautions_default_to_none(tmp_path):
    routine = load(write(tmp_path))
    assert routine.cautions == [] and routine.exercises()[0].cautions == []


@pytest.mark.parametrize(
    ("value", "where", "message"),
    [
        ('[""]', "cautions[0]", "must not be empty"),
        ('"Go easy."', "cautions", "Input should be a valid list"),
        ("[3]", "cautions[0]", "Input should be a valid string"),
    ],
)
def test_a_bad_caution_names_the_place(tmp_path, value, where, message):
    path = write(tmp_path, REPS, f"cautions = {value}")
    [line] = problems(path)
    assert line.startswith(f"{path}: phases[0].exercises[1].{where}: {message}")
    path = write(tmp_path, routine_extra=f"cautions = {value}")
    [line] = problems(path)
    assert line.startswith(f"{path}: {where}: {message}")


# ---- rep_word -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("second", "given", "expected"),
    [
        (REPS, "", ("rep", "reps")),
        (BREATH, "", ("breath", "breaths")),
        (REPS, 'rep_word = "prance"', ("prance", "prances")),
        (BREATH, 'rep_word = "round"', ("round", "rounds")),
        (REPS, 'rep_word = ["circle each way", "circles each way"]', None),
        (REPS, 'rep_word = ["calf", "calves"]', None),
    ],
)
def test_rep_word_is_a_noun_or_both_forms(tmp_path, second, given, expected):
    exercise = load(write(tmp_path, second, given)).exercises()[1]
    assert isinstance(exercise, RepsExercise | BreathExercise)
    if expected is None:
        expected = tuple(tomllib.loads(given)["rep_word"])
    assert exercise.rep_word == expected


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ('rep_word = "circle each way"', '"circle each way" is a phrase: give both forms'),
        ('rep_word = ""', "must not be empty"),
        ('rep_word = ["circle"]', "give one word, or a list of two: [singular, plural]"),
        ('rep_word = ["a", "b", "c"]', "give one word, or a list of two: [singular, plural]"),
        ('rep_word = ["circle", ""]', "must not be empty"),
        ("rep_word = 3", "Input should be a valid tuple"),
    ],
)
def test_a_bad_rep_word_names_the_place(tmp_path, given, message):
    path = write(tmp_path, REPS, given)
    [line] = problems(path)
    assert line.startswith(f"{path}: phases[0].exercises[1].rep_word"), line
    assert message in line
    assert line.endswith("(exercise 'second')")


def test_check_prints_the_place_of_a_bad_rep_word(cli, tmp_path):
    path = write(tmp_path, BREATH, 'rep_word = "deep breath"')
    result = cli("check", str(path))
    assert result.code == 1
    assert result.out.startswith(f"{path}: phases[0].exercises[1].rep_word: ")


def test_a_hold_has_no_rep_word(tmp_path):
    path = write(tmp_path, extra='rep_word = "hold"')
    [line] = problems(path)
    assert line == f"{path}: phases[0].exercises[0].rep_word: unknown key (exercise 'first')"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("rep", "reps"), ("press", "presses"), ("stretch", "stretches"), ("body", "bodies")],
)
def test_plural(word, expected):
    assert regular_plural(word) == expected


def test_the_readme_format_example_is_a_valid_routine():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme[readme.index("### Format") :]
    start = section.index("```toml\n") + len("```toml\n")
    example = section[start : section.index("\n```", start)]
    routine = Routine.model_validate(tomllib.loads(example))
    glide = routine.exercises()[1]
    assert isinstance(glide, RepsExercise)
    assert (glide.priority, glide.rep_word) == ("optional", ("glide", "glides"))
    assert routine.cautions and glide.cautions
