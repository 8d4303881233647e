"""The end of a session: what was done, what was skipped, and that it was saved."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from postrun import words
from postrun.session import Summary
from postrun.tui.footer import FittingFooter
from postrun.tui.messages import SummaryClosed
from postrun.tui.size_classes import size_classes
from postrun.tui.text import styled
from postrun.words import plural


class SummaryScreen(Screen[None]):
    BINDINGS = [Binding("enter,escape", "done", "Done"), Binding("q", "app.quit", "Quit")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (24, "-tall")]
    DEFAULT_CSS = """
    SummaryScreen {
        align: center middle;
        #summary {
            width: 76; max-width: 100%; height: auto; max-height: 100%;
            padding: 1 2; border: round $success;
        }
        #summary Label, #summary Static { width: 100%; }  /* every line wraps, none is cut */
        #summary-title { color: $success; margin-bottom: 1; }
        .summary-list { margin-top: 1; }
        .summary-credit { color: $text-muted; }
        #saved { margin-top: 1; color: $text-muted; }
        &.-short {
            #summary { padding: 0 1; }
            #summary-title, .summary-list, #saved { margin: 0; }
        }
    }
    """

    def __init__(self, summary: Summary, title: str, saved_note: str, credit: str = "") -> None:
        super().__init__()
        self.credit = credit
        self.summary = summary
        self.routine_title = title
        self.saved_note = saved_note

    def compose(self) -> ComposeResult:
        self.update_classes(size_classes(self, self.app.size), update=False)  # styled once
        s = self.summary
        headline = words.session_end(s.completed)
        with VerticalScroll(id="summary"):  # up and down when it does not fit
            yield Label(f"[b]{headline}[/b]", id="summary-title")
            yield Label(f"{self.routine_title}, {s.minutes} min ({s.profile} holds)", markup=False)
            if self.credit:  # content text, never markup
                yield Label(self.credit, markup=False, classes="summary-credit")
            yield Label(words.counted(s.counted_seconds, s.planned_work_seconds), id="counted")
            done = ", ".join(s.moves_done) or "none"
            yield Static(
                styled("[b]Done ($count):[/b] $done", count=len(s.moves_done), done=done),
                classes="summary-list",
            )
            if s.moves_skipped:
                skipped = ", ".join(s.moves_skipped)
                yield Static(
                    styled("[b]Skipped ($n):[/b] $moves", n=len(s.moves_skipped), moves=skipped),
                    classes="summary-list",
                )
            if s.pauses:
                yield Label(f"Paused {plural(s.pauses, 'time')}")
            yield Label(self.saved_note, id="saved", markup=False)
            yield Label("[dim]press enter to finish[/dim]")
        yield FittingFooter()

    def action_done(self) -> None:
        self.post_message(SummaryClosed())
