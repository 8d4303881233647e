"""Command palette: start any routine at any length ("yoga 12")."""

from __future__ import annotations

import re
from functools import partial
from typing import Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from postrun.content import Catalog
from postrun.plan import MINUTES, make_plan
from postrun.store import Settings
from postrun.tui.messages import StartSession
from postrun.tui.text import highlighted, plain


class _Home(Protocol):
    """What the palette needs from the screen it opens on."""

    catalog: Catalog
    settings: Settings


DEFAULT_LENGTHS = (5, 10, 15)


def _help(summary: str) -> str:
    # Hit.help is typed str but parsed as markup, and markup.escape misses "[$x]" and
    # "[B]": Content is passed through untouched, so the summary stays text.
    return cast(str, plain(summary))


class StartCommands(Provider):
    @property
    def _home(self) -> _Home:
        return cast(_Home, self.screen)

    def _start(self, routine_id: str, minutes: int) -> None:
        home = self._home
        plan = make_plan(home.catalog.routines[routine_id], minutes, home.settings.plan_settings())
        self.screen.post_message(StartSession(plan))

    async def discover(self) -> Hits:
        for routine in self._home.catalog.routines.values():
            text = f"Start {routine.title}, 10 min"
            command = partial(self._start, routine.id, 10)
            yield DiscoveryHit(plain(text), command, text=text, help=_help(routine.summary))

    async def search(self, query: str) -> Hits:
        numbers = [int(n) for n in re.findall(r"\d+", query)]
        lengths = [n for n in numbers if n in MINUTES] or DEFAULT_LENGTHS
        words = re.sub(r"\d+", " ", query).strip()
        matcher = self.matcher(words)
        for routine in self._home.catalog.routines.values():
            for minutes in lengths:
                text = f"Start {routine.title}, {minutes} min"
                score = matcher.match(f"Start {routine.title}") if words else 1.0
                if score > 0:
                    command = partial(self._start, routine.id, minutes)
                    display = highlighted(matcher, text) if words else plain(text)
                    yield Hit(score, display, command, text=text, help=_help(routine.summary))
