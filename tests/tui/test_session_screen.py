"""The session screen from the mat: big enough, truthful, never running unseen, and
drawing only what changed. Real App, fake clock."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from textual.geometry import Region
from textual.widget import Widget

from postrun import content
from postrun.plan import make_plan
from postrun.session import Status
from postrun.tui import bigtext
from postrun.tui.dialogs import ConfirmQuit, HelpScreen
from postrun.tui.howto_screen import HowToScreen
from postrun.tui.session.big import BigText, drawn
from postrun.tui.session.figure import Figure
from postrun.tui.session.lines import wrapped
from postrun.tui.session_screen import SessionScreen

from .harness import build, drawn_lines, go_to, said


def big_rows(screen: SessionScreen, selector: str = "#big") -> int:
    """How many rows of the big letters have ink in them."""
    drawn = str(screen.query_one(selector, BigText).render()).splitlines()
    return sum(1 for row in drawn if set(row) & set("▀▄█"))


async def test_next_on_the_left_side_of_the_last_move_says_the_right_side():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        last = h.session_screen().plan.steps[-1].move
        screen = await go_to(h, pilot, lambda s: s.move == last and s.side == "left")
        assert said(screen, "#coming") == "next: right side, hold 35 s"


async def test_help_pauses_the_session_and_closing_it_resumes_after_the_lead_in():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        screen = await go_to(h, pilot, lambda s: s.kind == "hold", offset=5)
        left = screen.session.tick().seconds_left
        await pilot.press("question_mark")
        assert isinstance(h.app.screen, HelpScreen)
        await h.advance(pilot, 60)
        assert screen.session.tick().status is Status.PAUSED
        assert screen.session.tick().seconds_left == left
        await pilot.press("escape")
        await pilot.pause()
        assert h.app.screen_stack[-1] is screen
        assert screen.session.tick().status is Status.RUNNING
        await h.advance(pilot, 1)
        assert said(screen, "#info").startswith("Resuming in 2")
        await h.advance(pilot, 4)  # the rest of the 3 s lead-in, then 2 s of the hold
        assert screen.session.tick().seconds_left == left - 2
        assert screen.session.summary().pauses == 0  # a dialog's pause is not the runner's


async def test_i_shows_the_move_for_this_side_and_pauses_while_it_is_open():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        screen = await go_to(h, pilot, lambda s: s.side == "right" and s.kind == "hold", offset=5)
        step = screen.session.step
        left = screen.session.tick().seconds_left
        await pilot.press("i")
        dialog = h.app.screen
        assert isinstance(dialog, HowToScreen)
        assert dialog.exercise.id == step.exercise_id and dialog.side == "right"
        await h.advance(pilot, 30)
        assert screen.session.tick().seconds_left == left
        await pilot.press("escape")
        await pilot.pause()
        assert h.app.screen_stack[-1] is screen


async def test_the_quit_question_pauses_and_keep_going_ticks_on():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        screen = await go_to(h, pilot, lambda s: s.kind == "hold", offset=5)
        left = screen.session.tick().seconds_left
        await pilot.press("q")
        assert isinstance(h.app.screen, ConfirmQuit)
        await h.advance(pilot, 30)
        assert screen.session.tick().seconds_left == left
        await pilot.press("n")
        await pilot.pause()
        await h.advance(pilot, 13)
        assert screen.session.tick().seconds_left == left - 10


async def test_counts_read_as_counts():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        screen = await go_to(h, pilot, lambda s: s.kind == "reps", offset=7.5)
        assert said(screen, "#info").startswith("rep 3 of 15  ·  Steady reps")
        assert screen.query_one("#big", BigText).texts[0] == "3"
        screen = await go_to(
            h, pilot, lambda s: s.position == "Knee out to the side" and s.side == "left"
        )
        assert (
            said(screen, "#place")
            == "move 3 of 6  ·  knee out to the side, 2 of 3  ·  phase 2 of 3"
        )


async def test_the_countdown_grows_with_the_window():
    for size, least in (((60, 20), 5), ((80, 24), 7), ((160, 50), 12)):
        h = build()
        async with h.app.run_test(size=size) as pilot:
            await pilot.press("enter")
            screen = await go_to(h, pilot, lambda s: s.kind == "hold" and s.side == "left")
            assert big_rows(screen) >= least, size


async def test_the_side_shows_in_big_letters_at_40x12():
    h = build()
    async with h.app.run_test(size=(40, 12)) as pilot:
        await pilot.press("enter")
        screen = await go_to(h, pilot, lambda s: s.kind == "hold" and s.side == "right")
        band = screen.query_one("#side", BigText)
        assert band.display and band.has_class("-right") and band.texts[0] == "RIGHT →"
        assert big_rows(screen, "#side") == 4 and big_rows(screen) == 4


async def test_big_letters_drawn_row_by_row_look_as_their_text_would():
    h = build()
    async with h.app.run_test(size=(60, 20)) as pilot:
        await pilot.press("enter")
        screen = await go_to(h, pilot, lambda s: s.kind == "hold" and s.side == "left")
        for _ in range(3):  # the countdown, then a digit less, then another
            await h.advance(pilot, 1)
            for big in screen.query(BigText):  # the countdown and the side band
                rows = [list(big.render_line(y)) for y in range(big.size.height)]
                assert any(segment.text.strip() for row in rows for segment in row)
                big._dirty_regions.add(big.size.region)  # Textual's own drawing of render()
                assert rows == [list(Widget.render_line(big, y)) for y in range(big.size.height)]


def as_textual_draws_it(widget: Widget) -> list[list[Segment]]:
    """The widget's rows through Textual's own styling pass, not the ones it keeps."""
    region = Region(0, 0, *widget.size)
    widget.render_lines(region)  # what the rows are drawn from, looked up
    widget.refresh()
    return [list(strip) for strip in Widget.render_lines(widget, region)]


@pytest.mark.parametrize(
    ("size", "kind", "offset"), [((100, 30), "reps", 0.5), ((60, 20), "hold", -2.5)]
)
async def test_the_figure_and_big_letters_kept_rows_are_what_textual_would_draw(size, kind, offset):
    h = build()
    async with h.app.run_test(size=size) as pilot:
        await pilot.press("enter")
        screen = h.session_screen()
        step = next(s for s in screen.plan.steps if s.kind == kind and s.side == "left")
        at = step.start + (offset if offset > 0 else step.seconds + offset)
        await h.advance(pilot, at - screen.session.tick().done_seconds)
        widgets = [w for w in (*screen.query(BigText), screen.query_one(Figure)) if w.display]
        assert len(widgets) == (3 if kind == "reps" else 2)  # the side band, countdown, figure
        assert kind == "reps" or screen.query_one("#big").has_class("-urgent")
        for _ in range(3):  # key frames, seconds
            await h.advance(pilot, 0.5)
            for widget in widgets:
                kept = [list(strip) for strip in widget.render_lines(Region(0, 0, *widget.size))]
                assert any(segment.text.strip() for row in kept for segment in row)
                assert kept == as_textual_draws_it(widget)
        big = screen.query_one("#big", BigText)
        big.set_class(not big.has_class("-urgent"), "-urgent")  # another style, the same rows
        await pilot.pause()
        for widget in widgets:
            kept = [list(strip) for strip in widget.render_lines(Region(0, 0, *widget.size))]
            assert kept == as_textual_draws_it(widget)


async def test_the_countdown_on_screen_shows_each_second_as_it_comes():
    h = build()
    async with h.app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        screen = await go_to(h, pilot, lambda s: s.kind == "hold", offset=0.5)
        big = screen.query_one("#big", BigText)
        seen = []
        for _ in range(4):  # only the rows that changed are drawn again, each second
            await h.advance(pilot, 1)
            text = screen.reader.read(screen.session.tick()).big
            width, height = big.content_size
            expected = drawn((text,), width, height, big.largest)
            assert [line.rstrip() for line in drawn_lines(big)] == [
                row.rstrip() for row in expected + ("",) * (height - len(expected))
            ]
            seen.append(text)
        assert len(set(seen)) == 4 and all(":" in text for text in seen)


async def test_the_last_three_seconds_change_colour():
    h = build()
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        screen = await go_to(h, pilot, lambda s: s.kind == "hold", offset=1)
        assert not screen.query_one("#big").has_class("-urgent")
        step = screen.session.step
        await h.advance(pilot, step.seconds - 1 - 2.5)
        assert screen.query_one("#big").has_class("-urgent")


def test_how_to_lines_wrap_under_their_first_word():
    lines = ("Lie down, raise the leg on screen toward the ceiling and hold it.",)
    assert wrapped(lines, 30) == [
        "• Lie down, raise the leg on",
        "  screen toward the ceiling",
        "  and hold it.",
    ]


def test_big_words_that_do_not_fit_give_way_to_a_shorter_form_then_to_plain_words():
    rows = drawn(("Switch to your RIGHT side →", "RIGHT →"), 38, 4)
    assert [row.rstrip() for row in rows] == [r.rstrip() for r in bigtext.render("RIGHT →", 1)]
    plain = drawn(("Supine leg openers",), 20, 3)
    assert [row.strip() for row in plain if row.strip()] == ["Supine leg openers"]


async def status_line_with_a_bell(size: tuple[int, int]) -> tuple[str, int]:
    """The status line when sound fell back to the bell for want of a device."""
    h = build(make_plan(content.load_all().routines["post-run-reset"], 10))
    h.player.name, h.player.notice = "bell", "no sound device"
    async with h.app.run_test(size=size) as pilot:
        await pilot.pause()
        assert h.app.sound_starter is not None
        h.app.sound_starter.join()  # the player is chosen in a thread
        await h.advance(pilot, 1)
        screen = h.session_screen()
        return said(screen, "#state"), screen.size.width - 2  # its margins


async def test_the_status_line_says_why_when_there_is_room_and_is_never_cut():
    status, room = await status_line_with_a_bell((100, 30))
    assert status.endswith("sound: terminal bell (no sound device)")
    status, room = await status_line_with_a_bell((60, 20))
    assert status.endswith("sound: terminal bell") and len(status) <= room, status


async def test_a_line_too_long_for_the_screen_ends_in_an_ellipsis():
    # Cut after its last whole word, the title ran on into a dangling "·" at 40x12.
    h = build(make_plan(content.load_all().routines["post-run-reset"], 10))
    async with h.app.run_test(size=(40, 12)) as pilot:
        await h.advance(pilot, 8)
        title = h.session_screen().query_one("#title")
        shown = title.render_line(0).text.rstrip()
        assert shown.startswith("DOWNWARD DOG") and shown.endswith("…"), shown


async def test_the_footer_styles_its_keys_once(monkeypatch: pytest.MonkeyPatch):
    # Textual's footer binds each key's `compact` and restyles every key as it changes:
    # some 20 restyles as a session starts. Each key is made in its final style instead.
    restyled: list[Widget] = []
    real = Widget.set_class

    def watched(widget: Widget, add: bool, *names: str, update: bool = True) -> Widget:
        if type(widget).__name__ == "FooterKey" and update and widget.has_class(*names) != add:
            restyled.append(widget)  # a class changed on a key made: it is styled again
        return real(widget, add, *names, update=update)

    monkeypatch.setattr(Widget, "set_class", watched)
    h = build(make_plan(content.load_all().routines["post-run-reset"], 10))
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        keys = list(h.app.screen.query("FooterKey"))
        assert keys and not any(k.has_class("-compact") for k in keys)
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        keys = list(h.app.screen.query("FooterKey"))
        assert keys and all(k.has_class("-compact") for k in keys)  # narrow: closer keys
    assert restyled == []


async def test_a_one_leg_block_shows_its_side_in_big_letters_at_80x24():
    # "← LEFT LEG BLOCK" is too wide for big letters at 80 columns: the side itself is
    # what the runner needs from the mat, so "← LEFT" is drawn big rather than a band
    # of small words.
    catalog = content.load_all(include_user=False)
    h = build(make_plan(catalog.routines["long-run-yoga"], 15), catalog=catalog)
    async with h.app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = await go_to(h, pilot, lambda s: s.block_side and s.kind == "hold")
        band = screen.query_one("#side", BigText)
        assert band.display and band.texts[0] == "← LEFT"
        assert big_rows(screen, "#side") >= 4
