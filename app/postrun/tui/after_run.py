"""Home's row "After a run: easy tempo long": a session made for today's run.

The row shows the three run types (`a` steps through them, a click chooses one); the
composing is `made_for`, which Home calls with its length and the settings in force:
the equipment at hand and the moves left out ("not for me"). The moves and credits are
then shown as any routine's plan is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.widgets import Label, Static

from postrun.content import Catalog
from postrun.plan import RUN_TYPES, RUNS, RunType
from postrun.store import Settings
from postrun.tui.preview import MOVE_INDENT, Line
from postrun.tui.text import plain, styled
from postrun.words import (
    AFTER_RUN_LABEL,
    CREDITS_TITLE,
    nothing_at_hand,
    run_note,
    run_wording,
    source_credit,
)

if TYPE_CHECKING:
    from postrun.plan import Composed


class RunChoice(Static):
    """One run type in the row; a click chooses it."""

    def __init__(self, run: RunType) -> None:
        super().__init__(run, id=f"after-{run}", classes="run", markup=False)
        self.run: RunType = run

    def on_click(self, event: Click) -> None:
        event.stop()
        self.post_message(AfterRun.Chosen(self.run))


class AfterRun(Horizontal):
    """The three run types in a row, the chosen one (if any) marked."""

    DEFAULT_CSS = """
    AfterRun { height: 1; padding: 0 2; }
    AfterRun #after-label { width: auto; margin-right: 1; color: $text-muted; }
    AfterRun .run { width: auto; padding: 0 1; margin-right: 1; }
    AfterRun .run:hover { text-style: underline; }
    AfterRun .run.-chosen { background: $accent; color: auto 90%; text-style: bold; }
    AfterRun #after-key { width: auto; color: $text-muted; }
    """

    @dataclass
    class Chosen(Message):
        run: RunType

    def compose(self) -> ComposeResult:
        yield Label(AFTER_RUN_LABEL, id="after-label", markup=False)
        for run in RUN_TYPES:
            yield RunChoice(run)
        yield Label("a", id="after-key", markup=False)

    def show(self, chosen: RunType | None) -> None:
        for choice in self.query(RunChoice):
            choice.set_class(choice.run == chosen, "-chosen")


def next_run(run: RunType | None) -> RunType:
    """What `a` chooses next: easy, tempo, long, then easy again."""
    return RUN_TYPES[(RUN_TYPES.index(run) + 1) % len(RUN_TYPES)] if run else RUN_TYPES[0]


def run_minutes(run: RunType) -> int:
    """The length a run type starts with when chosen; the runner may change it."""
    return RUNS[run].minutes


class Composer:
    """Home's sessions made for a run, composed again only when what they come from
    changes (the run, length, walk, settings or day); about 10 ms each."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._last: tuple[object, Composed | None] | None = None

    def made(
        self, settings: Settings, run: RunType | None, minutes: int, walk: int
    ) -> Composed | None:
        """The session for `run` (None for none: a routine is chosen)."""
        if run is None:
            return None
        from postrun.plan import seed_of
        from postrun.store import local_now

        day = local_now().date()
        asked = (run, minutes, walk, settings, day)
        if self._last is None or self._last[0] != asked:
            made = made_for(self.catalog, settings, run, minutes, walk, seed_of(day))
            self._last = (asked, made)
        return self._last[1]


def made_for(
    catalog: Catalog, settings: Settings, run: RunType, minutes: int, walk: int, seed: int
) -> Composed | None:
    """Today's session for `run` from every routine found, or None if no move suits.
    The composer loads here, when a run is first chosen: Home's first frame needs none."""
    from postrun.plan import NothingToCompose, Request, compose

    request = Request(
        run=run,
        minutes=minutes,
        equipment=settings.at_hand(),
        left_out=settings.left_out_moves(),
        seed=seed,
    )
    plan_settings = settings.plan_settings(walk_minutes=walk)
    try:
        return compose(list(catalog.routines.values()), request, run_wording(run), plan_settings)
    except NothingToCompose:
        return None


def credit_lines(composed: Composed | None) -> list[Line]:
    """The preview's lines after the moves: every article drawn on, one a line, and the
    run's note if it has one (in the scroll, so the moves keep the room)."""
    if composed is None:
        return []
    lines = [Line(Content("")), Line(styled("[b]$title[/b]", title=CREDITS_TITLE))]
    lines += [Line(plain(source_credit(c.source)), MOVE_INDENT) for c in composed.credits]
    note = run_note(composed.run)
    return [*lines, Line(Content("")), Line(plain(note))] if note else lines


def nothing_line(run: RunType, settings: Settings) -> str:
    return nothing_at_hand(run, settings.at_hand())
