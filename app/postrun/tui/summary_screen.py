"""The end of a session: what was done, what was skipped, and that it was saved."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label, Static

from postrun.session import Summary
from postrun.tui.messages import SummaryClosed
from postrun.words import clock, plural


class SummaryScreen(Screen[None]):
    BINDINGS = [Binding("enter,escape", "done", "Done"), Binding("q", "app.quit", "Quit")]

    def __init__(self, summary: Summary, title: str, saved_note: str, credit: str = "") -> None:
        super().__init__()
        self.credit = credit
        self.summary = summary
        self.routine_title = title
        self.saved_note = saved_note

    def compose(self) -> ComposeResult:
        s = self.summary
        headline = "Session complete. Well done." if s.completed else "Session ended early."
        with Vertical(id="summary"):
            yield Label(f"[b]{headline}[/b]", id="summary-title")
            yield Label(f"{self.routine_title}, {s.minutes} min ({s.profile} holds)")
            if self.credit:  # content text, never markup
                yield Label(self.credit, markup=False, classes="summary-credit")
            done_time, planned = clock(int(s.active_seconds)), clock(s.planned_seconds)
            yield Label(f"Time stretching: [b]{done_time}[/b] of {planned}")
            done = ", ".join(s.moves_done) or "none"
            yield Static(f"[b]Done ({len(s.moves_done)}):[/b] {done}", classes="summary-list")
            if s.moves_skipped:
                skipped = ", ".join(s.moves_skipped)
                yield Static(
                    f"[b]Skipped ({len(s.moves_skipped)}):[/b] {skipped}", classes="summary-list"
                )
            if s.pauses:
                yield Label(f"Paused {plural(s.pauses, 'time')}")
            yield Label(self.saved_note, id="saved")
            yield Label("[dim]press enter to finish[/dim]")
        yield Footer()

    def action_done(self) -> None:
        self.post_message(SummaryClosed())
