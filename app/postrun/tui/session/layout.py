"""How the session screen shares its rows and columns, from the terminal's size and what
the step has to show. Worked out when the size or the kind of step changes, never per
tick, so a tick repaints without a layout.

At 40x12 the screen keeps the move, the side band, the countdown, one line of what to
do and what comes next; from 16 rows the where line and the session's time left come
back; from 22 the how-to; from 80x24 the figure sits beside the countdown. A
get-into-position step's cautions take whole rows from the countdown only while it keeps
`CAUTION_KEEPS` rows: at 40x12 they give way to the countdown and the side band.
"""

from __future__ import annotations

from dataclasses import dataclass

from postrun.tui import bigtext

FOOTER = 1
FIGURE_FROM = (78, 8)  # columns inside the margins (80 on screen), rows of the main area
FIGURE_MIN = 20  # columns
HOWTO_FROM = 22  # rows of the screen
HOWTO_MOST = 6
CLOCK = "0:00"  # the countdown's usual width
CLOCK_LEAST = 5  # rows the countdown keeps while a switch has the screen
CAUTION_KEEPS = 8  # rows of the main area (countdown and its line) that cautions leave


@dataclass(frozen=True, slots=True)
class Layout:
    """How the session screen's rows and columns are shared out at one size."""

    where: bool  # its own line (else it joins the title)
    side_rows: int  # 0: no side band
    side_text: str  # the words that fit the band
    main_rows: int
    figure_cols: int  # 0: no figure
    howto_rows: int
    caution_rows: int  # 0: no cautions shown
    status: bool
    largest: int  # the countdown's largest scale


def arrange(
    width: int,
    height: int,
    *,
    side: tuple[str, ...],
    switching: bool,
    big: str,
    figure: bool,
    getting_ready: bool,
    howto: int,
    cautions: tuple[int, ...] = (),
) -> Layout:
    """`side`: the band's words, longest first (() for none); `big`: the widest the big
    letters will say in this step; `howto`: how many rows the how-to wants; `cautions`:
    the rows each caution wants, the first the most important."""
    rows = height - FOOTER
    where = rows >= 15
    status = rows >= 17
    fixed = 2 + where + status  # title, next
    howto_rows = 0
    if rows >= HOWTO_FROM and howto and not switching:
        howto_rows = min(howto, HOWTO_MOST, max(1, rows // 8))
    free = max(2, rows - fixed - howto_rows)
    side_rows, side_text = 0, ""
    if side:
        share = free - CLOCK_LEAST if switching else max(4, free // 4)
        side_rows, side_text = 1, side[-1]
        for text in side:
            scale, lines = bigtext.fit_lines(text, width, share, largest=4)
            if scale:
                side_rows = len(lines) * (bigtext.size(text, scale)[1] + 1) - 1
                side_text = text
                break
        side_rows = max(1, min(side_rows, free - 2))
    main = free - side_rows
    caution_rows = 0
    for wanted in cautions:  # whole cautions, in order, while the countdown keeps its room
        if main - caution_rows - wanted < CAUTION_KEEPS:
            break
        caution_rows += wanted
    main -= caution_rows
    # The countdown takes about a third of the height, the figure the width beside it.
    clock_rows = min(main - 1, max(7, height // 3))
    figure_cols = 0
    if figure and width >= FIGURE_FROM[0] and main >= FIGURE_FROM[1]:
        scale = max(1, bigtext.fit(big or CLOCK, width - FIGURE_MIN - 4, clock_rows))
        most = width - bigtext.size(big or CLOCK, scale)[0] - 4
        if getting_ready:  # the coming move's figure big, the countdown still readable
            most = min(width // 2, max(FIGURE_MIN, width - bigtext.size(CLOCK, 2)[0] - 4))
        figure_cols = max(FIGURE_MIN, min(2 * main + 2, most))
    largest = max(1, bigtext.fit(big or CLOCK, width - figure_cols - 4, clock_rows))
    return Layout(
        where, side_rows, side_text, main, figure_cols, howto_rows, caution_rows, status, largest
    )
