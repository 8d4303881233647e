"""Home's offer to resume a session that stopped part way: one row at the top.

It shows `store.Offer.line` ("Resume: Post-run reset, 6:10 of 10:00 done") with its
keys, or why that session cannot be resumed. A click or `r` (Home's binding) starts the
same plan at the step it stopped in; `x` puts the offer away until Home looks again
(the next session recorded makes a new one, or none). Hidden while there is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.events import Click
from textual.widget import Widget

from postrun import words
from postrun.tui.messages import StartSession
from postrun.tui.text import styled

if TYPE_CHECKING:
    from postrun.store import Offer


class ResumeOffer(Widget):
    DEFAULT_CSS = """
    ResumeOffer {
        display: none; height: auto; padding: 0 1; margin: 1 2 0 2;
        background: $accent 25%; border-left: thick $accent; text-style: bold;
    }
    HomeScreen.-short ResumeOffer { margin: 0 1; }
    ResumeOffer.-shown { display: block; }
    ResumeOffer.-cannot { background: $warning 15%; border-left: thick $warning; }
    ResumeOffer:hover { background: $accent 40%; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.offer: Offer | None = None

    @property
    def can_resume(self) -> bool:
        return self.offer is not None and self.offer.plan is not None

    def allows(self, action: str) -> bool:
        """Whether Home's `r` (resume) and `x` (dismiss) act now; any other action does."""
        if action == "resume":
            return self.can_resume
        return action != "dismiss_resume" or self.offer is not None

    def show(self, offer: Offer | None) -> None:
        """Offer this (None: no offer, and the row goes)."""
        self.offer = offer
        self.set_class(offer is not None, "-shown")
        self.set_class(offer is not None and offer.plan is None, "-cannot")
        self.refresh(layout=True)

    def render(self) -> Content:
        """The offer, and its keys when they fit beside it (the footer has them too)."""
        if self.offer is None:
            return Content()
        line = self.offer.line
        keys = words.RESUME_KEYS if self.offer.plan is not None else words.RESUME_DISMISS
        if len(line) + 3 + len(keys) > self.content_size.width:
            return Content(line)
        return styled("$line   [dim]$keys[/dim]", line=line, keys=keys)

    def choose(self) -> None:
        """Start the stopped session again where it stopped; the offer goes with it."""
        offer = self.offer
        if offer is not None and offer.plan is not None:
            self.show(None)
            self.post_message(StartSession(offer.plan, offer.earlier, offer.composed))

    def on_click(self, event: Click) -> None:
        event.stop()
        self.choose()
