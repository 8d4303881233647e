"""The offer to finish a session that stopped part way, and its rule, in words."""

from __future__ import annotations

from postrun.words.counts import clock

# The rule `store.resuming` keeps, in words: `start --resume` says it when there is none.
RESUME_RULE = (
    "postrun offers to resume your newest session if it stopped before its end "
    "in the last 24 hours and has not been resumed."
)
RESUME_GONE = "its routine is no longer there"
RESUME_COMPOSED = "it was made for a run before postrun kept what it was made of"
RESUME_CHANGED = "its routine or plan has changed since"
NO_RESUME = "nothing to resume: " + RESUME_RULE[0].lower() + RESUME_RULE[1:]
RESUME_KEYS = "r resume  x dismiss"
RESUME_DISMISS = "x dismiss"


def resume_offer(title: str, done_seconds: float, total_seconds: float) -> str:
    """'Resume: Post-run reset, 6:10 of 10:00 done'."""
    return f"Resume: {title}, {clock(done_seconds)} of {clock(total_seconds)} done"


def cannot_resume(title: str, why: str) -> str:
    """'Cannot resume Post-run reset: its routine or plan has changed since'."""
    return f"Cannot resume {title}: {why}"
