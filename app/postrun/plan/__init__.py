"""The planner: routine + minutes + settings -> Plan, every step with exact seconds.

`steps` is the plan's vocabulary, `knobs` the numbers a plan may choose and the values
each takes, `drafts` turns a routine into steps, `costs` says what each move costs,
`choose` picks what is in, and `fit` sets the numbers to land on the time asked for.
Others import from here, never from the modules inside.
"""

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
from postrun.plan.knobs import LONG_HOLD_SECONDS, SECONDS_STEP, seconds_values
from postrun.plan.steps import PROFILES, PlanSettings, Profile, Side, Step, StepKind

__all__ = [
    "LONG_HOLD_SECONDS",
    "MAX_MINUTES",
    "MINUTES",
    "MIN_MINUTES",
    "PROFILES",
    "SECONDS_STEP",
    "WALK_FIRST",
    "LeftOut",
    "Plan",
    "PlanSettings",
    "Profile",
    "Side",
    "Step",
    "StepKind",
    "check_minutes",
    "duration_range",
    "make_plan",
    "seconds_values",
    "tolerance",
]
