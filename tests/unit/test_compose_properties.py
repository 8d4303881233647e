"""Properties of the composer over generated libraries: it never fails, never uses
equipment the runner lacks, leaves out what they left out, and is deterministic."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from postrun.models import Routine
from postrun.plan import (
    PROFILES,
    RUN_TYPES,
    RUNS,
    NothingToCompose,
    PlanSettings,
    Request,
    compose,
    known_focus,
)
from postrun.plan.library import offered
from postrun.words import run_wording

from ..plan_checks import assert_plan_is_sound
from .test_plan_properties import exercises

AREAS = ["calves", "hamstrings", "hips", "glutes", "back", "breathing", "shoulders"]
KIT = ["mat", "wall", "foam roller", "massage ball", "step"]


@st.composite
def moves(draw: st.DrawFn, index: int, sided_phase: bool) -> dict[str, Any]:
    data = draw(exercises(index, sided_phase, positions=2, rounds=2))
    data["focus"] = draw(st.lists(st.sampled_from(AREAS), max_size=3, unique=True))
    data["equipment"] = draw(st.lists(st.sampled_from(KIT), max_size=2, unique=True))
    data["pose"] = draw(st.sampled_from([None, None, "bridge", "pigeon"]))  # some the same
    return data


@st.composite
def libraries(draw: st.DrawFn) -> list[Routine]:
    out = []
    for r in range(draw(st.integers(1, 3))):
        phases: list[dict[str, Any]] = []
        counter = 0
        for p in range(draw(st.integers(1, 3))):
            sided = draw(st.booleans())
            items: list[dict[str, Any]] = []
            for _ in range(draw(st.integers(1, 4))):
                items.append(draw(moves(counter, sided)))
                counter += 1
            phases.append(
                {
                    "id": f"p{p}",
                    "title": f"Phase {p}",
                    "intent": "I",
                    "sides": "both" if sided else "none",
                    "exercises": items,
                }
            )
        equipment = sorted({i for ph in phases for e in ph["exercises"] for i in e["equipment"]})
        out.append(
            Routine.model_validate(
                {
                    "id": f"r{r}",
                    "title": f"Routine {r}",
                    "summary": "S",
                    "focus": ["x"],
                    "equipment": equipment,
                    "source": {"title": f"Article {r}", "publisher": "P"},
                    "phases": phases,
                }
            )
        )
    return out


@st.composite
def requests(draw: st.DrawFn, library: list[Routine]) -> Request:
    every = [(r.id, e.id) for r in library for e in r.exercises()]
    return Request(
        run=draw(st.sampled_from(RUN_TYPES)),
        minutes=draw(st.sampled_from([None, 3, 5, 10, 15, 20, 40, 60])),
        focus=frozenset(draw(st.lists(st.sampled_from(known_focus(library) or ["x"]), max_size=2))),
        equipment=frozenset(draw(st.lists(st.sampled_from(KIT), max_size=4))),
        left_out=frozenset(draw(st.lists(st.sampled_from(every), max_size=3))),
        seed=draw(st.integers(0, 2**40)),
    )


@settings(max_examples=150, deadline=None)
@given(data=st.data(), profile=st.sampled_from(PROFILES))
def test_the_composer_never_fails_nor_uses_what_is_not_at_hand(data, profile):
    library = data.draw(libraries())
    request = data.draw(requests(library))
    plan_settings = PlanSettings(profile=profile)
    try:
        composed = compose(library, request, run_wording(request.run), plan_settings)
    except NothingToCompose:  # only when no move at all suits the run with this kit
        run, kit, out = RUNS[request.run], request.equipment, request.left_out
        assert offered(library, run, kit, out, request.seed, plan_settings) == []
        return
    assert_plan_is_sound(composed.plan)
    originals = {(r.id, e.id): e for r in library for e in r.exercises()}
    for exercise_id in {s.exercise_id for s in composed.plan.steps}:
        key = (composed.origins[exercise_id], exercise_id)
        assert key not in request.left_out
        assert set(originals[key].equipment) <= request.equipment
    again = compose(library, request, run_wording(request.run), plan_settings)
    assert again.plan == composed.plan and again.credits == composed.credits
