"""How the session screen shares its space: the countdown grows with the window, the side
band stays at 40x12, the figure comes in from 80x24 and a switch takes the screen."""

from __future__ import annotations

import pytest

from postrun.tui import bigtext
from postrun.tui.session.layout import arrange

SIDE = ("← LEFT",)


def hold(width: int, height: int, side: tuple[str, ...] = SIDE, figure: bool = True):
    return arrange(
        width - 2,
        height,
        side=side,
        switching=False,
        big="0:35",
        figure=figure,
        getting_ready=False,
        howto=3,
    )


@pytest.mark.parametrize(
    ("size", "least"), [((60, 20), 5), ((80, 24), 7), ((160, 50), 12), ((200, 60), 18)]
)
def test_the_countdown_grows_with_the_window(size, least):
    layout = hold(*size)
    columns, rows = bigtext.size("0:35", layout.largest)
    assert rows >= least
    assert rows <= layout.main_rows - 1
    assert columns + layout.figure_cols + 4 <= size[0]


def test_the_side_band_keeps_big_letters_at_40x12():
    layout = hold(40, 12)
    assert layout.side_rows == 4 and layout.side_text == "← LEFT"
    assert layout.main_rows >= 5 and layout.figure_cols == 0


def test_the_figure_sits_beside_the_countdown_from_80x24():
    assert hold(79, 24).figure_cols == 0
    assert hold(80, 24).figure_cols >= 20
    assert hold(100, 30).figure_cols >= 30
    assert hold(100, 30, figure=False).figure_cols == 0


def test_a_switch_takes_the_screen_in_words_that_fit():
    def switch(width: int, height: int):
        return arrange(
            width - 2,
            height,
            side=("Switch to your RIGHT side →", "RIGHT →"),
            switching=True,
            big="0:05",
            figure=True,
            getting_ready=False,
            howto=3,
        )

    assert switch(80, 24).side_text == "Switch to your RIGHT side →"
    assert switch(80, 24).howto_rows == 0
    assert switch(40, 12).side_text == "RIGHT →"
