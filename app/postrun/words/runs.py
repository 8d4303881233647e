"""A session made for a run type, in words: its title, what it is for, its phases, credit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from postrun.models import Routine, Source
from postrun.plan import RunType, run_of

if TYPE_CHECKING:
    from postrun.plan import Credit, Wording

RUN_TITLES: dict[RunType, str] = {
    "easy": "After an easy run",
    "tempo": "After a tempo run",
    "long": "After a long run",
}
# What each run type asks for, in our own words from the recovery article (seed 002).
RUN_ABOUT: dict[RunType, str] = {
    "easy": "An easy run leaves little to undo: a few minutes of light moves to keep "
    "the blood flowing, nothing pushed deep.",
    "tempo": "Hard efforts and intervals tire the body and the nerves alike: easy "
    "mobility, longer holds in mild positions, and slow breathing to close.",
    "long": "Hours on your feet load the feet, calves and hips most, so they come "
    "first, with rolling if a roller or ball is near.",
}
EVENING_NOTE = (
    "After a long run or a race, this can be the short part now, with a fuller "
    "session again this evening."
)
PHASE_WORDS = {
    "lower-chain": ("Lower chain", "Feet, calves and the backs of the legs, first."),
    "hips": ("Hips", "Open the hips and glutes the stride has worked."),
    "decompress": ("Decompress and rebalance", "Ease the back and let the spine lengthen."),
    "breathing": ("Breathe", "Slow breaths to bring the body down from the effort."),
}
COMPOSED_PUBLISHER = "postrun, from the articles credited with each move"


def run_wording(run: RunType) -> Wording:
    """The words a composed session for `run` is shown with."""
    from postrun.plan import Wording  # composing loads when a session is composed

    title = RUN_TITLES[run]
    return Wording(
        title=title,
        summary=RUN_ABOUT[run],
        source=Source(title=title, publisher=COMPOSED_PUBLISHER),
        phases=PHASE_WORDS,  # type: ignore[arg-type]
    )


def run_note(run: RunType) -> str | None:
    """A line a composed plan adds for its run type; None when it has none."""
    return EVENING_NOTE if run == "long" else None


def source_credit(source: Source) -> str:
    author = f" by {source.author}" if source.author else ""
    return f"“{source.title}”{author} ({source.publisher})"


def composed_credit(credits: Sequence[Credit]) -> str:
    """'From: “A” by X (Runner's World); “B” (ACTIVE.com).': every article drawn on."""
    return "From: " + "; ".join(source_credit(c.source) for c in credits) + "."


def session_title(routine_id: str, routine: Routine | None) -> str:
    """What a session is called in history and its summary, composed ones included."""
    if routine is not None:
        return routine.title
    run = run_of(routine_id)
    return RUN_TITLES[run] if run else routine_id


def nothing_to_compose(run: RunType, equipment: frozenset[str]) -> str:
    """Why no session could be made: nothing offered suits the run with this kit."""
    kit = ", ".join(sorted(equipment)) or "nothing"
    return (
        f"no move postrun knows suits {RUN_TITLES[run].lower()} with what is at hand "
        f"({kit}): add equipment with --equipment"
    )


AFTER_RUN_LABEL = "After a run:"
CREDITS_TITLE = "From these articles"  # Home's preview of a composed plan, after its moves
NOT_FOR_ME_KEY = "o not for me"  # the key that leaves a move out, where a move is shown


def left_out_notice(name: str, out: bool) -> str:
    """What `o` on a move says: left out from now on, and how to bring it back."""
    if out:
        return (
            f"{name}: left out of sessions made for a run from now on. "
            "Settings (s on Home) bring it back."
        )
    return f"{name}: back in sessions made for a run."


def nothing_at_hand(run: RunType, equipment: frozenset[str]) -> str:
    """Home's line when no session could be made for `run`: the settings say what is at hand."""
    kit = ", ".join(sorted(equipment)) or "nothing"
    return (
        f"No move postrun knows suits {RUN_TITLES[run].lower()} with what is at hand "
        f"({kit}) and the moves left out: see Settings (s)."
    )
