"""Figures that touch what the steps say they touch (issue 26, defects 4 and 10).

Each pose names what rests on the floor (`floor`) and on each prop (`touches`); these
tests hold every bundled figure to that, and the moves whose steps name a contact (a
back knee down, a ball at the hip's side, a palm on the wall beside you) to the step.
Sides and directions come from the data (which way the head faces, which hip is lower),
not from a list of answers.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from postrun import content
from postrun.models import PositionsExercise
from postrun.poses import Pose, bundled_library, parse_pose
from postrun.poses.model import TOUCH, Prop

LIBRARY = bundled_library()
SEEN_FROM_THE_FLOOR = sorted(name for name, pose in LIBRARY.items() if pose.view != "above")


def every_figure() -> Iterator[tuple[str, Pose]]:
    """Each bundled library pose, and each frame a routine's moves draw inline."""
    yield from LIBRARY.items()
    named = {id(pose) for pose in LIBRARY.values()}
    for routine in content.load_all(include_user=False).routines.values():
        for exercise in routine.exercises():
            figures = (
                [(p.id, p.figure) for p in exercise.positions]
                if isinstance(exercise, PositionsExercise)
                else [("", exercise.figure)]
            )
            for position, figure in figures:
                for i, pose in enumerate(figure):
                    if id(pose) not in named:
                        yield f"{routine.id}/{exercise.id}/{position}[{i}]", pose


FIGURES = dict(every_figure())


def facing(pose: Pose) -> float:
    """+1 if a side view's figure faces right (its head ahead of its hips), -1 if left."""
    return 1.0 if pose.joint("head").x >= pose.joint("pelvis").x else -1.0


def back_leg(pose: Pose) -> str:
    """In a lunge, "l" or "r": the leg whose foot is farther behind the way it faces."""
    ahead = {side: facing(pose) * pose.joint(f"foot_{side}").x for side in "lr"}
    return min(ahead, key=lambda side: ahead[side])


def lowest(pose: Pose, names: list[str]) -> str:
    return min((n for n in names if n in pose.joints), key=lambda n: pose.joint(n).y)


# ---- every figure ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_what_a_figure_says_rests_on_the_floor_is_at_floor_height(name: str) -> None:
    pose = FIGURES[name]
    if pose.view == "above":
        assert not pose.floor, "a figure seen from above has no floor line to rest on"
    high = [j for j in pose.floor if not pose.on_floor(j)]
    assert not high, f"{name}: {high} said to be on the floor but above y = {TOUCH}"


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_every_prop_but_a_mat_is_touched_where_the_pose_says(name: str) -> None:
    pose = FIGURES[name]
    for prop in pose.props:
        if prop.kind == "mat":
            continue
        assert prop.touches, f"{name}: nothing touches the {prop.kind}"
        apart = [j for j in prop.touches if not pose.on_prop(j, prop)]
        assert not apart, f"{name}: {apart} said to touch the {prop.kind} but do not"


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_no_figure_floats_its_lowest_point_rests_on_the_floor_or_a_prop(name: str) -> None:
    """A figure with a floor line rests on something, and what rests is what is lowest:
    no joint hangs below the floor's height without being said to rest there."""
    pose = FIGURES[name]
    if pose.view == "above":
        return
    resting = set(pose.floor) | {j for prop in pose.props for j in prop.touches}
    assert resting, f"{name}: says nothing about what it rests on"
    low = min(pose.joints, key=lambda j: pose.joint(j).y)
    assert pose.on_floor(low) or any(pose.on_prop(low, p) for p in pose.props), (
        f"{name}: its lowest joint, {low}, is in the air at y = {pose.joint(low).y}"
    )
    forgotten = [j for j in pose.joints if pose.on_floor(j) and j not in resting]
    assert not forgotten, f"{name}: {forgotten} lie at floor height but are not in its floor"


# ---- moves whose steps name a contact -----------------------------------------------------


@pytest.mark.parametrize(
    ("pose_name", "part"),
    [
        ("twisting-lizard", "knee"),  # "into a low lunge": the back knee down
        ("low-crescent-lunge", "knee"),  # "Lower your back knee to the mat"
        ("wgs-hands-down", "foot"),  # a long lunge: the back toes on the floor
        ("wgs-reach-up", "foot"),
    ],
)
def test_the_back_leg_of_a_lunge_is_on_the_floor(pose_name: str, part: str) -> None:
    pose = LIBRARY[pose_name]
    side = back_leg(pose)
    if part == "knee":
        touching = [f"knee_{side}"]
    else:
        touching = [lowest(pose, [f"foot_{side}", f"toe_{side}"])]
    for joint in touching:
        assert pose.on_floor(joint) and joint in pose.floor, (joint, pose.joint(joint))


def test_the_cobra_keeps_its_hips_and_legs_on_the_floor_and_its_hands_under_it() -> None:
    pose = LIBRARY["cobra"]
    for joint in ("pelvis", "knee_l", "knee_r", "foot_l", "foot_r", "hand_l", "hand_r"):
        assert pose.on_floor(joint) and joint in pose.floor, (joint, pose.joint(joint))
    assert not pose.on_floor("neck")  # the chest is lifted


def test_the_tfl_ball_sits_under_the_side_of_the_hip_of_a_figure_lying_on_its_side() -> None:
    """The step sets the ball under the bony point on the outside of the hip on screen:
    the figure lies on its side (seen from the front, one hip above the other), and the
    ball is under the lower hip, on the floor, not under the front of the pelvis."""
    pose = LIBRARY["tfl-ball-release"]
    assert pose.view == "front"
    low, high = sorted(("hip_l", "hip_r"), key=lambda j: pose.joint(j).y)
    rise = pose.joint(high).y - pose.joint(low).y
    assert rise > abs(pose.joint(high).x - pose.joint(low).x), "the hips are stacked"
    assert low == "hip_l", "the hip on screen (the left, as drawn) is the one on the ball"
    (ball,) = [p for p in pose.props if p.kind == "ball"]
    assert ball.touches == (low,) and pose.on_prop(low, ball)
    assert ball.corner.y - ball.radius <= TOUCH / 2, "the ball lies on the floor"
    assert abs(ball.corner.x - pose.joint(low).x) <= ball.radius, "right under the hip"


def test_the_wall_lunge_wall_is_beside_the_runner_under_the_palm_of_the_arm_nearest_it() -> None:
    """'Stand with the side on screen next to a wall ... reach the arm nearest the wall
    back at shoulder height, palm flat on the wall': a side view cannot show a wall
    beside you, so the figure faces you, the wall on its left (your right, as a front
    view draws it), the left palm on the wall at shoulder height."""
    pose = LIBRARY["wall-lunge-chest-opener"]
    assert pose.view == "front"
    left = 1.0 if pose.joint("hip_l").x > pose.joint("hip_r").x else -1.0
    (wall,) = [p for p in pose.props if p.kind == "wall"]
    assert wall.far_corner is not None
    body = [left * pose.joint(j).x for j in ("shoulder_l", "hip_l", "foot_l", "knee_l")]
    near_face = min(left * wall.corner.x, left * wall.far_corner.x)
    assert near_face >= max(body), "the wall is on the figure's left, beside it"
    assert wall.touches == ("hand_l",) and pose.on_prop("hand_l", wall)
    assert abs(pose.joint("hand_l").y - pose.joint("shoulder_l").y) <= TOUCH


def test_the_wall_lunge_figure_on_the_right_side_has_the_wall_on_the_other_side() -> None:
    pose = LIBRARY["wall-lunge-chest-opener"].mirrored()
    (wall,) = [p for p in pose.props if p.kind == "wall"]
    assert wall.far_corner is not None and wall.far_corner.x <= pose.joint("hip_r").x


# ---- the data's form ---------------------------------------------------------------------


def test_floor_and_touches_name_joints_of_the_pose() -> None:
    from postrun.poses import PoseError

    base = {j: [1, 1] for j in LIBRARY["cobra"].joints if not j.startswith("toe")}
    pose = parse_pose({**base, "floor": ["foot_l", "hip_l"]})
    assert pose.floor == ("foot_l", "hip_l") and pose.on_floor("hip_l")
    with pytest.raises(PoseError, match=r"^pose\.floor\[1\]: expected the name of a joint"):
        parse_pose({**base, "floor": ["foot_l", "toe_l"]})  # no toe_l in this pose
    ball = {"kind": "ball", "at": [3, 1], "radius": 1, "touches": ["knee"]}
    with pytest.raises(PoseError, match=r"^pose\.props\[0\]\.touches\[0\]: expected"):
        parse_pose({**base, "props": [ball]})
    prop = parse_pose({**base, "props": [{**ball, "touches": ["pelvis"]}]}).props[0]
    assert isinstance(prop, Prop) and prop.touches == ("pelvis",)
    assert prop.gap(prop.corner) == 0 and prop.gap(type(prop.corner)(3, 4)) == 2
