"""History: the week against the goal, the last 28 days, and recent sessions."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, ProgressBar, Sparkline

from postrun.store import Loaded, Stats
from postrun.tui.text import cell, styled
from postrun.words import clock, days


class HistoryScreen(Screen[None]):
    BINDINGS = [Binding("escape,h,q", "close", "Back")]
    DEFAULT_CSS = """
    HistoryScreen {
        #history { padding: 1 2; }
        #streak { color: $success; }
        #week-bar { margin: 1 0; }
        #week-bar Bar { width: 40; }
        .history-heading { margin-top: 1; text-style: bold; }
        #days { height: 3; margin-top: 1; }
        #sessions { height: 1fr; min-height: 5; }
    }
    """

    def __init__(self, stats: Stats, loaded: Loaded) -> None:
        super().__init__()
        self.stats = stats
        self.loaded = loaded

    def compose(self) -> ComposeResult:
        s = self.stats
        with Vertical(id="history"):
            yield Label(f"[b]Streak: {days(s.streak_days)}[/b]", id="streak")
            week = f"This week: {s.week_sessions} of {s.weekly_goal} sessions"
            yield Label(f"{week}  ·  {s.week_minutes:g} min", id="week")
            yield ProgressBar(
                total=s.weekly_goal, show_eta=False, show_percentage=False, id="week-bar"
            )
            yield Label("Last 28 days (minutes a day)", classes="history-heading")
            yield Sparkline(list(s.last_28_days), id="days")
            yield Label("Recent sessions", classes="history-heading")
            yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
            for problem in self.loaded.problems:
                yield Label(styled("[dim]$problem[/dim]", problem=problem))
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ProgressBar).update(
            progress=min(self.stats.week_sessions, self.stats.weekly_goal)
        )
        table = self.query_one(DataTable)
        table.add_columns("when", "routine", "length", "done", "")
        for record in reversed(self.loaded.records[-50:]):
            table.add_row(
                record.ended_at.strftime("%a %d %b %H:%M"),
                cell(record.title),
                f"{record.minutes} min",
                clock(int(record.done_seconds)),
                "complete" if record.completed else "ended early",
            )
        if not self.loaded.records:
            table.add_row("", "No sessions yet: press enter on the home screen", "", "", "")

    def action_close(self) -> None:
        self.dismiss(None)
