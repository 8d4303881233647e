"""What the session screen shows, and how it draws a `Reading` onto it.

The widget tree is flat but for three groups, because Textual's compositor renders every
widget whose clip a change touches, and a top-level widget's clip is the whole screen:
grouped, the state line's change each second renders the groups, not each line in them.
A draw repaints only the widgets whose words changed, and lays the screen out again only
when the size or the kind of step changed (`arrange`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from textual.containers import Vertical
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

from postrun.models import Exercise
from postrun.plan import Plan, Step
from postrun.reading import Reader, Reading, widest_big
from postrun.session import Session, Snapshot, Status
from postrun.sound import SoundBoard
from postrun.tui.figure import has_figure
from postrun.tui.kept import KeptRows
from postrun.tui.session.big import BigText, SideBand
from postrun.tui.session.cautions import Cautions
from postrun.tui.session.figure import Figure
from postrun.tui.session.layout import Layout, arrange
from postrun.tui.session.lines import HowTo, Line
from postrun.tui.session.served import sound_lines, touch_rows

STATE = {Status.PAUSED: "⏸ paused", Status.FINISHED: "✓ finished"}


class Group(Vertical):
    """Widgets one above the other, whose own rows (their background) are kept."""

    def __init__(self, *children: Widget, id: str) -> None:
        super().__init__(*children, id=id)
        self._kept = KeptRows()

    def render_lines(self, crop: Region) -> list[Strip]:
        return self._kept.lines(self, None, crop)


def widgets(plan: Plan) -> Iterator[Widget]:
    """The session screen's widgets, top to bottom (the footer and touch bars apart)."""
    yield Group(Line(id="title"), Line(id="place"), SideBand(id="side"), id="upper")
    # The figure docked on the left of the countdown, when it has one.
    yield Group(Figure(id="figure"), BigText(id="big"), Line(id="info"), id="main")
    # The cautions show on get-into-position steps.
    yield Group(HowTo(id="steps"), Cautions(plan, id="cautions"), Line(id="coming"), id="lower")
    yield Line(id="state")


class SessionView:
    """Draws readings of one session onto its screen's widgets (mounted first)."""

    def __init__(
        self, screen: Screen[None], session: Session, reader: Reader, sound: SoundBoard
    ) -> None:
        self.screen, self.session, self.reader, self.sound = screen, session, reader, sound
        plan = reader.plan
        self._exercises: dict[str, Exercise] = {e.id: e for e in plan.routine.exercises()}
        self._lines = {line.id: line for line in screen.query(Line) if line.id}
        self._main = screen.query_one("#main")
        self._side = screen.query_one(SideBand)
        self._big = screen.query_one("#big", BigText)
        self.figure = screen.query_one(Figure)
        self._howto = screen.query_one(HowTo)
        self._cautions = screen.query_one(Cautions)
        self._arranged: tuple[object, ...] = ()  # what the layout was worked out for
        self._layout: Layout | None = None
        self.reading: Reading | None = None  # the one on screen

    def exercise(self, work: Step) -> Exercise | None:
        return self._exercises.get(work.exercise_id)

    def draw(self, snap: Snapshot, reading: Reading) -> None:
        if reading != self.reading:
            self._arrange(reading)
            self.reading = reading
            layout = self._layout
            assert layout is not None
            where = reading.where
            title = reading.title.upper()
            if not layout.where and where:
                title = f"{title}  ·  {where}"
            self._line("title", title)
            self._line("place", "  ·  ".join(filter(None, (where, reading.phase))))
            sides = dict.fromkeys((layout.side_text, reading.side_short))
            self._side.show_side(reading.side, *sides)
            self._big.set_class(reading.urgent, "-urgent")
            self._big.show(*dict.fromkeys((reading.big, reading.big_short)))
            self._line("coming", reading.next)
            self.draw_figure()
        self._draw_status(snap, reading)

    def draw_figure(self) -> None:
        """The figure at this point of the rep, and the line under the countdown, whose
        pace mark gives way to a moving figure."""
        reading = self.reading
        if reading is None:
            return
        work = reading.work
        self.figure.show_work(self.exercise(work), work, reading.motion)
        info = reading.doing if not reading.count else f"{reading.count}  ·  {reading.doing}"
        self._line("info", info + self._pace_mark(reading))

    def draw_howto(self) -> None:
        self._howto.show(self._howto_lines(self.session.step))
        if self.reading is not None:
            self._arrange(self.reading)

    def next_frame_due(self, reading: Reading) -> float:
        """Session seconds until the figure's next key frame (or the rep's other half)."""
        if reading.motion is None or not reading.motion_period:
            return math.inf
        parts = max(2, self.figure.frames)
        into = reading.motion * parts
        return (math.floor(into) + 1 - into) / parts * reading.motion_period

    def _line(self, name: str, text: str) -> None:
        self._lines[name].show(text)

    def _pace_mark(self, reading: Reading) -> str:
        """One mark that moves with the rep, for when no figure shows the pace."""
        if reading.motion is None or reading.big_kind != "count" or self.figure.moving:
            return ""
        return "  ·  ●○" if reading.motion < 0.5 else "  ·  ○●"

    def _draw_status(self, snap: Snapshot, reading: Reading) -> None:
        state = STATE.get(snap.status, "▶")
        room = self.screen.size.width - 2  # the margins
        for sound in sound_lines(self.sound):
            line = f"{state}   ·   {reading.left}   ·   {sound}"
            if len(line) <= room:
                break  # else the why gives way: `postrun doctor` says it in full
        self._line("state", line)

    def _howto_lines(self, step: Step) -> tuple[str, ...]:
        exercise = self.exercise(self.reader.work_at(self.session.index))
        lines = exercise.steps if exercise is not None else []
        return tuple(lines[:1] if step.kind == "prepare" else lines)

    def _arrange(self, reading: Reading) -> None:
        """Share the screen out again, only when the size or the kind of step changed."""
        width, height = self.screen.size
        step = self.session.step
        lines = self._howto_lines(step)
        exercise = self.exercise(reading.work)
        sides = tuple(dict.fromkeys(t for t in (reading.side_big, reading.side_short) if t))
        key = (
            width,
            height,
            sides,
            reading.switching,
            exercise is not None and has_figure(exercise, reading.work.position),
            reading.big_kind == "move",
            (len(lines), self._cautions.at(self.session.index)),
        )
        if key == self._arranged:
            return
        self._arranged = key
        layout = arrange(
            width - 2,  # the margins
            height - touch_rows(),
            side=sides,
            switching=reading.switching,
            big=widest_big(step, reading.big_kind),
            figure=bool(key[4]),
            getting_ready=reading.big_kind == "move",
            howto=sum(1 + len(line) // max(1, width - 6) for line in lines),
            cautions=self._cautions.rows(width - 2),
        )
        self._layout = layout
        self._lines["place"].display = layout.where
        self._lines["state"].display = layout.status
        self._side.display = layout.side_rows > 0
        self._side.styles.height = layout.side_rows or 1
        self._main.styles.height = layout.main_rows
        self.figure.display = layout.figure_cols > 0
        self.figure.styles.width = layout.figure_cols or 1
        self._howto.display = layout.howto_rows > 0
        self._howto.styles.height = layout.howto_rows or 1
        self._cautions.place(layout.caution_rows)
        self.screen.call_after_refresh(self.figure.draw_ahead)  # at its new size
        if self._big.largest != layout.largest:
            self._big.largest = layout.largest
            self._big.refresh()
