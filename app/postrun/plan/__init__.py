"""The planner: routine + minutes + settings -> Plan, every step with exact seconds.

`steps` is the plan's vocabulary, `drafts` turns a routine into steps whose seconds are
still adjustable, and `fit` chooses and scales them to land on the time asked for.
Others import from here, never from the modules inside.
"""

from postrun.plan.drafts import LONG_HOLD_SECONDS
from postrun.plan.fit import (
    MAX_MINUTES,
    MIN_MINUTES,
    MINUTES,
    Plan,
    check_minutes,
    duration_range,
    make_plan,
    tolerance,
)
from postrun.plan.steps import PROFILES, PlanSettings, Profile, Side, Step, StepKind

__all__ = [
    "LONG_HOLD_SECONDS",
    "MAX_MINUTES",
    "MINUTES",
    "MIN_MINUTES",
    "PROFILES",
    "Plan",
    "PlanSettings",
    "Profile",
    "Side",
    "Step",
    "StepKind",
    "check_minutes",
    "duration_range",
    "make_plan",
    "tolerance",
]
