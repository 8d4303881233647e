"""Stick figures: the rasteriser's geometry, mirroring, parsing, and the bundled poses."""

from __future__ import annotations

import math
import subprocess
import sys
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postrun import content, paths
from postrun.models import PositionsExercise
from postrun.poses import (
    GRID,
    JOINTS,
    Pose,
    PoseError,
    bundled_library,
    draw,
    drawing,
    frame_at,
    frame_for,
    parse_library,
    parse_pose,
    render,
)
from postrun.poses.__main__ import main
from postrun.poses.raster import Canvas

SIZES = [(24, 10), (16, 8), (40, 20)]
# Unicode's braille dots 1-8, by (column, row) inside a cell, as the characters themselves.
DOT_CHARS = {
    (0, 0): "⠁",
    (0, 1): "⠂",
    (0, 2): "⠄",
    (1, 0): "⠈",
    (1, 1): "⠐",
    (1, 2): "⠠",
    (0, 3): "⡀",
    (1, 3): "⢀",
}
STANDING: dict[str, Any] = {
    "head": [10, 14.25],
    "neck": [10, 12.5],
    "pelvis": [10, 7.5],
    "elbow_l": [10.5, 9.75],
    "hand_l": [11, 7.25],
    "elbow_r": [9.5, 9.75],
    "hand_r": [9, 7.25],
    "knee_l": [10.5, 4],
    "foot_l": [10.5, 0.5],
    "knee_r": [9.5, 4],
    "foot_r": [9.5, 0.5],
}


def decode(lines: list[str]) -> set[tuple[int, int]]:
    """The dots a braille picture shows, read back from its characters."""
    dots = set()
    for row, line in enumerate(lines):
        for col, char in enumerate(line):
            bits = 0 if char == " " else ord(char) - 0x2800
            for (dx, dy), dot_char in DOT_CHARS.items():
                if bits & (ord(dot_char) - 0x2800):
                    dots.add((col * 2 + dx, row * 4 + dy))
    return dots


def reflect(dots: set[tuple[int, int]], width: int) -> set[tuple[int, int]]:
    return {(width - 1 - col, row) for col, row in dots}


def move_figures() -> Iterator[tuple[str, tuple[Pose, ...]]]:
    """Every bundled exercise's and position's figure, by routine/exercise[/position]."""
    catalog = content.load_all(include_user=False)
    for routine in catalog.routines.values():
        for exercise in routine.exercises():
            if isinstance(exercise, PositionsExercise):
                for p in exercise.positions:
                    yield f"{routine.id}/{exercise.id}/{p.id}", p.figure
            else:
                yield f"{routine.id}/{exercise.id}", exercise.figure


def bundled_figures() -> Iterator[tuple[str, list[Pose]]]:
    for name, pose in bundled_library().items():
        yield name, [pose]
    for name, figure in move_figures():
        if figure and len(figure) > 1:
            yield name, list(figure)


def f(value: float) -> Fraction:
    return Fraction(value)


# --- the rasteriser ----------------------------------------------------------


@pytest.mark.parametrize(("dot", "char"), DOT_CHARS.items())
def test_each_dot_of_a_cell_sets_its_own_braille_bit(dot: tuple[int, int], char: str) -> None:
    canvas = Canvas(4, 4)
    canvas.set(2 + dot[0], dot[1])
    assert canvas.text() == [" " + char]


def test_a_horizontal_line_sets_exactly_one_row_or_two_when_thick() -> None:
    thin, thick = Canvas(10, 8), Canvas(10, 8)
    thin.line(f(1), f(3), f(8), f(3), 1)
    thick.line(f(1), f(3), f(8), f(3), 2)
    assert thin.dots == {(x, 3) for x in range(1, 9)}
    # Exactly on a row: the second row goes toward the middle of the canvas (3.5).
    assert thick.dots == {(x, y) for x in range(1, 9) for y in (3, 4)}


def test_a_diagonal_sets_one_dot_per_step_on_the_true_line() -> None:
    steep, shallow = Canvas(8, 8), Canvas(10, 4)
    steep.line(f(0), f(0), f(7), f(7), 1)
    shallow.line(f(0), f(0), f(9), f(3), 1)
    assert steep.dots == {(i, i) for i in range(8)}
    assert shallow.dots == {(x, round(x / 3)) for x in range(10)}


def test_a_disc_holds_the_dots_within_its_radius_and_a_ring_its_edge() -> None:
    disc, ring = Canvas(21, 21), Canvas(21, 21)
    disc.disc(f(10), f(10), f(5))
    ring.ring(f(10), f(10), f(5))
    every = {(x, y) for x in range(21) for y in range(21)}
    assert disc.dots == {(x, y) for x, y in every if math.dist((x, y), (10, 10)) <= 5}
    assert ring.dots == {(x, y) for x, y in every if 4 < math.dist((x, y), (10, 10)) <= 5}
    assert {(15, 10), (5, 10), (10, 5), (10, 15)} <= ring.dots


def test_rows_are_exactly_as_wide_as_the_box_and_blank_cells_are_spaces() -> None:
    lines = Canvas(12, 8).text()
    assert lines == [" " * 6, " " * 6]


def test_dots_off_the_canvas_are_dropped() -> None:
    canvas = Canvas(4, 4)
    canvas.line(f(-5), f(1), f(10), f(1), 1)
    assert canvas.dots == {(x, 1) for x in range(4)}


# --- mirroring ---------------------------------------------------------------


def test_mirroring_a_pose_twice_gives_it_back() -> None:
    pose = bundled_library()["wall-calf-stretch"]
    assert pose.mirrored().mirrored() == pose
    assert pose.mirrored() != pose


@pytest.mark.parametrize(("width", "height"), [*SIZES, (23, 9)])
def test_every_right_side_figure_is_the_left_one_reflected_dot_for_dot(
    width: int, height: int
) -> None:
    for name, frames in bundled_figures():
        for frame in range(len(frames)):
            left = render(frames, width, height, frame=frame)
            right = render(frames, width, height, side="right", frame=frame)
            assert decode(right) == reflect(decode(left), width * 2), name


quarters = st.integers(min_value=0, max_value=GRID * 4).map(lambda n: [n / 4, n / 8 * 2])


@settings(max_examples=60, deadline=None)
@given(
    points=st.fixed_dictionaries({name: quarters for name in JOINTS}),
    width=st.integers(min_value=3, max_value=30),
    height=st.integers(min_value=2, max_value=12),
)
def test_any_pose_mirrors_exactly(points: dict[str, Any], width: int, height: int) -> None:
    pose = parse_pose(points)
    left = draw(pose, width, height).dots
    right = draw(pose, width, height, side="right").dots
    assert right == reflect(left, width * 2)


# --- fitting and frames -------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_bundled_pose_fits_its_box_and_shows_a_figure(
    width: int, height: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside: list[tuple[int, int]] = []

    class Watched(Canvas):
        def set(self, col: int, row: int) -> None:
            if not (0 <= col < self.width and 0 <= row < self.height):
                outside.append((col, row))
            super().set(col, row)

    monkeypatch.setattr(drawing, "Canvas", Watched)
    for name, frames in bundled_figures():
        for frame in range(len(frames)):
            lines = render(frames, width, height, frame=frame)
            assert len(lines) == height and all(len(line) == width for line in lines), name
            assert all(c == " " or 0x2800 <= ord(c) <= 0x28FF for c in "".join(lines)), name
            assert len(decode(lines)) > width, name  # more than a floor line
            assert outside == [], f"{name} frame {frame} drew off its box at {outside[:3]}"


def test_key_frames_share_one_fit_so_the_figure_keeps_its_size() -> None:
    standing = parse_pose(STANDING)
    reaching = parse_pose({**STANDING, "elbow_l": [10.5, 15.5], "hand_l": [10.5, 19]})
    alone = draw(standing, 24, 10).dots
    together = draw([standing, reaching], 24, 10, frame=0).dots
    top = min(row for _, row in together)
    assert top > min(row for _, row in alone)  # room kept above the head for the raised arm
    assert (
        draw([standing, reaching], 24, 10, frame=3).dots
        == draw([standing, reaching], 24, 10, frame=1).dots
    )


@pytest.mark.parametrize(
    ("fraction", "count", "frame"),
    [(0, 2, 0), (0.49, 2, 0), (0.5, 2, 1), (0.99, 2, 1), (1, 2, 1), (-0.5, 2, 0), (0.3, 4, 1)],
)
def test_a_rep_shares_its_time_evenly_between_its_frames(
    fraction: float, count: int, frame: int
) -> None:
    assert frame_for(fraction, count) == frame


def test_a_moving_hold_loops_through_its_frames() -> None:
    assert [frame_at(s, 4, 4) for s in (0, 1, 2.5, 3.9, 4, 9)] == [0, 1, 2, 3, 0, 1]
    assert frame_at(math.nan, 4, 2) == 0 and frame_for(math.inf, 3) == 0
    with pytest.raises(ValueError, match="at least one frame"):
        frame_for(0.5, 0)


# --- parsing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"knee_l": [1, 50]}, "pose.knee_l: expected [x, y], numbers from 0 to 40"),
        ({"knee_l": [1.1, 2]}, "pose.knee_l: expected [x, y], numbers from 0 to 40 in steps"),
        ({"knee_l": [True, 2]}, "pose.knee_l: expected [x, y]"),
        ({"knee_l": "3, 4"}, "pose.knee_l: expected [x, y]"),
        ({"kneel_l": [1, 2]}, "pose.kneel_l: unknown key; a pose has the joints head"),
        ({"view": "top"}, "pose.view: expected one of side, front, above"),
        ({"note": "a\nb"}, "pose.note: expected one line of text"),
        ({"props": [{"kind": "sofa"}]}, "pose.props[0].kind: expected one of wall"),
        ({"props": [{"kind": "wall", "box": [5, 5, 1, 1]}]}, "pose.props[0].box: expected the"),
        ({"props": [{"kind": "ball", "at": [1, 1]}]}, "pose.props[0].radius: expected a number"),
        ({"props": [{"kind": "ball", "box": [1, 1, 2, 2]}]}, "pose.props[0].box: unknown key"),
        ({"props": {"kind": "wall"}}, "pose.props: expected a list"),
    ],
)
def test_a_bad_pose_names_the_place(change: dict[str, Any], message: str) -> None:
    with pytest.raises(PoseError) as caught:
        parse_pose({**STANDING, **change}, "pose")
    assert str(caught.value).startswith(message)
    assert isinstance(caught.value, ValueError)


def test_missing_joints_are_listed_and_a_library_names_the_pose() -> None:
    without = {k: v for k, v in STANDING.items() if k not in ("knee_r", "foot_r")}
    with pytest.raises(PoseError, match=r"^pose: missing joints: knee_r, foot_r$"):
        parse_pose(without, "pose")
    with pytest.raises(PoseError, match=r"^cat\.head: expected \[x, y\]"):
        parse_library({"cat": {**STANDING, "head": [1]}})
    with pytest.raises(PoseError, match=r"^Cat: pose names are lowercase"):
        parse_library({"Cat": STANDING})
    with pytest.raises(PoseError, match=r"^pose: expected a table"):
        parse_pose([1, 2], "pose")


def test_a_good_pose_keeps_its_points_props_and_view() -> None:
    pose = parse_pose(
        {
            **STANDING,
            "toe_l": [12, 0.5],
            "view": "front",
            "props": [{"kind": "ball", "at": [3, 1], "radius": 1}],
        }
    )
    assert pose.joints["toe_l"].x == 12 and pose.view == "front"
    assert pose.props[0].kind == "ball" and pose.props[0].radius == 1
    assert pose.joint("shoulder_l") == pose.joints["neck"]  # a side view's default


# --- the bundled library and which move uses it -------------------------------


def test_every_bundled_move_and_position_has_a_figure() -> None:
    missing = [name for name, figure in move_figures() if not figure]
    assert not missing


def test_every_move_that_repeats_has_key_frames() -> None:
    catalog = content.load_all(include_user=False)
    for routine in catalog.routines.values():
        for exercise in routine.exercises():
            moving = exercise.kind in ("reps", "walk") or getattr(exercise, "moving", False)
            if moving:
                assert len(exercise.figure) >= 2, exercise.id


def test_a_move_names_its_figure_in_the_routine_file() -> None:
    catalog = content.load_all(include_user=False)
    cat_cow = next(e for e in catalog.routines["quick-full-body"].exercises() if e.id == "cat-cow")
    assert cat_cow.pose == ["cow", "cat"] and len(cat_cow.figure) == 2


def test_check_names_the_place_of_a_bad_pose(cli, tmp_path: Path) -> None:
    source = paths.bundled_content_dir() / "breathe-down.toml"
    text = source.read_text(encoding="utf-8")
    first = text.index("pose = ")
    end = text.index("\n", first)
    broken = text[:first] + 'pose = ["belly-breathing", "no-such-pose"]' + text[end:]
    path = tmp_path / "breathe-down.toml"
    path.write_text(broken, encoding="utf-8")
    result = cli("check", str(path))
    assert result.code == 1
    assert result.out.startswith(f"{path}: phases[0].exercises[0].pose: [1]: no pose named")


# --- purity and the review command --------------------------------------------


def test_the_poses_package_imports_no_textual_rich_pydantic_or_audio() -> None:
    probe = (
        "import sys, postrun.poses\n"
        "banned = ('textual', 'rich', 'pydantic', 'simpleaudio')\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in banned)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_the_review_command_prints_every_pose_with_its_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--size", "16x6"]) == 0
    out = capsys.readouterr().out
    assert all(f"{name}: " in out for name in bundled_library())
    assert main(["cow,cat", "--side", "right"]) == 0
    first = capsys.readouterr().out.splitlines()
    assert first[0].startswith("cow, cat: ") and len(first[1]) <= 24 * 2 + 2
    assert main(["no-such-pose"]) == 1
    assert "no pose named 'no-such-pose'" in capsys.readouterr().err
