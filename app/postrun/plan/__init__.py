"""The planner: routine + minutes + settings -> Plan, every step with exact seconds.

`steps` is the plan's vocabulary, `knobs` the numbers a plan may choose and the values
each takes, `drafts` turns a routine into steps, `costs` says what each move costs,
`choose` picks what is in, and `fit` sets the numbers to land on the time asked for.
Others import from here, never from the modules inside. Composing a session from every
move (`composer`, `library`) loads when first asked for: a start from a routine needs none
of it. (`composer`, not `compose`: a submodule of that name would hide the function.)
"""

from typing import TYPE_CHECKING

from postrun import lazy
from postrun.plan.drafts import WALK_FIRST
from postrun.plan.fit import (
    MAX_MINUTES,
    MIN_MINUTES,
    MINUTES,
    LeftOut,
    Plan,
    check_minutes,
    duration_range,
    make_plan,
    tolerance,
)
from postrun.plan.knobs import (
    LONG_HOLD_SECONDS,
    LONGEST_40PLUS_HOLD,
    SECONDS_STEP,
    ShortHold,
    seconds_values,
)
from postrun.plan.runs import (
    DEFAULT_EQUIPMENT,
    RUN_TYPES,
    RUNS,
    Run,
    RunType,
    routine_id_of,
    run_of,
    seed_of,
)
from postrun.plan.steps import PROFILES, PlanSettings, Profile, Side, Step, StepKind

if TYPE_CHECKING:
    from postrun.plan.composer import (
        Composed,
        Credit,
        NothingToCompose,
        Request,
        Wording,
        compose,
        known_equipment,
        known_focus,
    )

_LATER = dict.fromkeys(
    (
        "Composed",
        "Credit",
        "NothingToCompose",
        "Request",
        "Wording",
        "compose",
        "known_equipment",
        "known_focus",
    ),
    "postrun.plan.composer",
)

__all__ = [
    "DEFAULT_EQUIPMENT",
    "LONGEST_40PLUS_HOLD",
    "LONG_HOLD_SECONDS",
    "MAX_MINUTES",
    "MINUTES",
    "MIN_MINUTES",
    "PROFILES",
    "RUNS",
    "RUN_TYPES",
    "SECONDS_STEP",
    "WALK_FIRST",
    "Composed",
    "Credit",
    "LeftOut",
    "NothingToCompose",
    "Plan",
    "PlanSettings",
    "Profile",
    "Request",
    "Run",
    "RunType",
    "ShortHold",
    "Side",
    "Step",
    "StepKind",
    "Wording",
    "check_minutes",
    "compose",
    "duration_range",
    "known_equipment",
    "known_focus",
    "make_plan",
    "routine_id_of",
    "run_of",
    "seconds_values",
    "seed_of",
    "tolerance",
]

__getattr__ = lazy.loader(__name__, _LATER)
