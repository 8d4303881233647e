"""The articles' advice at the step where it matters: which cautions a session shows on
each get-into-position step, and which the voice says (pure; one rule for the session
screen, `--plain` and the voice)."""

from __future__ import annotations

from postrun.models import WalkExercise
from postrun.plan import Plan
from postrun.words.plans import CAUTIONS_TITLE

# When a plan drops the routine's own walk (and no walk first is set): its article walks
# before it stretches, so the first screen and the plan text still say so.
WALK_LEFT_OUT = (
    "Walk first, a few easy minutes: this plan leaves out the walk its article starts with."
)


def walk_left_out(plan: Plan) -> tuple[str, ...]:
    """('walk first',) when the plan leaves out the routine's walk and no walk
    first comes before it; else ()."""
    walks = {e.id for e in plan.routine.exercises() if isinstance(e, WalkExercise)}
    kept = {step.exercise_id for step in plan.steps}
    left_out = bool(walks) and not walks & kept and not plan.settings.walk_minutes
    return (WALK_LEFT_OUT,) if left_out else ()


def routine_cautions(plan: Plan) -> tuple[str, ...]:
    """The routine's cautions for this plan, 'walk first' ahead when it applies."""
    return walk_left_out(plan) + tuple(plan.routine.cautions)


def cautions_at(plan: Plan) -> dict[int, tuple[str, ...]]:
    """By step index: each move's cautions on its get-into-position step (its first round),
    and on the plan's first one the routine's cautions too, after the move's own (a
    'walk first' before all: it comes before the move)."""
    exercises = {e.id: e for e in plan.routine.exercises()}
    shown: dict[int, tuple[str, ...]] = {}
    first = True
    for index, step in enumerate(plan.steps):
        if step.kind != "prepare" or step.round != 1:
            continue
        exercise = exercises.get(step.exercise_id)
        found = tuple(exercise.cautions) if exercise else ()
        if first:
            found = walk_left_out(plan) + found + tuple(plan.routine.cautions)
            first = False
        if found:
            shown[index] = found
    return shown


def spoken_cautions(plan: Plan) -> dict[int, str]:
    """By step index: a move's cautions, said once, on the first get-into-position step of
    that move (the routine's are read, not said: they would crowd the first move out)."""
    exercises = {e.id: e for e in plan.routine.exercises()}
    said: dict[int, str] = {}
    seen: set[str] = set()
    for index, step in enumerate(plan.steps):
        exercise = exercises.get(step.exercise_id)
        if step.kind != "prepare" or exercise is None or step.exercise_id in seen:
            continue
        seen.add(step.exercise_id)
        if exercise.cautions:
            said[index] = " ".join(exercise.cautions)
    return said


def caution_line(text: str) -> str:
    """'Take care: ...', as the session screen and `--plain` show one caution."""
    return f"{CAUTIONS_TITLE}: {text}"
