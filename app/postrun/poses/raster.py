"""Dots on a grid, and the dots as braille text (2 x 4 dots per character cell).

Drawing uses exact fractions, and every choice between two dots is made the same way on
both sides of the canvas's middle (a tie rounds toward it), so a shape and its mirror
image set mirrored dots, dot for dot. Lines are walked one dot per step along their
longer axis; a thickness of 2 adds the next-nearest dot across.
"""

from __future__ import annotations

from fractions import Fraction

Dot = tuple[int, int]  # (column, row); row 0 is the top

BLANK = " "  # an empty cell: a space copies and pastes better than U+2800
_BRAILLE_BASE = 0x2800
# The bit for each dot of a cell, by (column, row) inside the cell (Unicode's numbering).
_BITS = {
    (0, 0): 0x01,
    (0, 1): 0x02,
    (0, 2): 0x04,
    (1, 0): 0x08,
    (1, 1): 0x10,
    (1, 2): 0x20,
    (0, 3): 0x40,
    (1, 3): 0x80,
}


class Canvas:
    """A width x height box of dots; points off the canvas are dropped."""

    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height
        self.dots: set[Dot] = set()

    def set(self, col: int, row: int) -> None:
        if 0 <= col < self.width and 0 <= row < self.height:
            self.dots.add((col, row))

    def line(
        self,
        x0: Fraction,
        y0: Fraction,
        x1: Fraction,
        y1: Fraction,
        thick: int,
        dotted: bool = False,
    ) -> None:
        """A straight line between two exact points, thick (1 or 2) dots across.

        A dotted line leaves out every third step, counted from the middle of the canvas
        outward so that its mirror image keeps the mirrored steps.
        """
        if abs(x1 - x0) >= abs(y1 - y0):
            for col, y in _walk(x0, y0, x1, y1):
                if not dotted or _kept(col, self.width):
                    for row in _across(y, self.height, thick):
                        self.set(col, row)
        else:
            for row, x in _walk(y0, x0, y1, x1):
                if not dotted or _kept(row, self.height):
                    for col in _across(x, self.width, thick):
                        self.set(col, row)

    def disc(self, cx: Fraction, cy: Fraction, r: Fraction) -> None:
        """Every dot whose centre is within r of (cx, cy)."""
        for col, row in self._box_around(cx, cy, r):
            if (col - cx) ** 2 + (row - cy) ** 2 <= r * r:
                self.set(col, row)

    def ring(self, cx: Fraction, cy: Fraction, r: Fraction) -> None:
        """A circle's outline, one dot wide."""
        inner = max(r - 1, Fraction(0))
        for col, row in self._box_around(cx, cy, r):
            d2 = (col - cx) ** 2 + (row - cy) ** 2
            if inner * inner < d2 <= r * r:
                self.set(col, row)

    def fill(self, x0: Fraction, y0: Fraction, x1: Fraction, y1: Fraction) -> None:
        """Every dot inside a rectangle, edges included."""
        for col in _span(x0, x1):
            for row in _span(y0, y1):
                self.set(col, row)

    def text(self) -> list[str]:
        """The canvas as braille: one string per row of cells, each exactly as wide."""
        cols, rows = (self.width + 1) // 2, (self.height + 3) // 4
        cells = [[0] * cols for _ in range(rows)]
        for col, row in self.dots:
            cells[row // 4][col // 2] |= _BITS[(col % 2, row % 4)]
        return ["".join(chr(_BRAILLE_BASE + c) if c else BLANK for c in line) for line in cells]

    def _box_around(self, cx: Fraction, cy: Fraction, r: Fraction) -> list[Dot]:
        cols = range(int(cx - r) - 1, int(cx + r) + 2)
        rows = range(int(cy - r) - 1, int(cy + r) + 2)
        return [(col, row) for col in cols for row in rows]


def _span(a: Fraction, b: Fraction) -> range:
    """The dots from a to b, ends included: those whose centre is within half a dot."""
    low, high = min(a, b), max(a, b)
    return range((low - Fraction(1, 2)).__ceil__(), (high + Fraction(1, 2)).__floor__() + 1)


def _nearest(value: Fraction, size: int) -> int:
    """The nearest whole dot; a tie goes toward the middle, so mirror images round alike."""
    low = value.__floor__()
    rest = value - low
    if rest != Fraction(1, 2):
        return low if rest < Fraction(1, 2) else low + 1
    return low + 1 if 2 * value < size - 1 else low


def _kept(step: int, size: int) -> bool:
    """Two steps in three of a dotted line, counted the same way on both sides of the middle."""
    return abs(2 * step - (size - 1)) // 2 % 3 != 2


def _across(exact: Fraction, size: int, thick: int) -> list[int]:
    """The dots a line covers across its direction: the nearest, then the next nearest."""
    low = exact.__floor__()
    if 2 * exact == size - 1:  # halfway between the two middle dots: both, or no mirror
        return [low, low + 1]
    near = _nearest(exact, size)
    if thick < 2:
        return [near]
    # Exactly on a dot: widen toward the middle, which mirrors to the same choice.
    beside = exact > near or (exact == near and 2 * near < size - 1)
    return [near, near + 1 if beside else near - 1]


def _walk(a0: Fraction, b0: Fraction, a1: Fraction, b1: Fraction) -> list[tuple[int, Fraction]]:
    """Whole steps along axis a from a0 to a1, with the line's exact b at each."""
    low_b, high_b = min(b0, b1), max(b0, b1)
    steps: list[tuple[int, Fraction]] = []
    for a in _span(a0, a1):
        b = b0 if a1 == a0 else b0 + (a - a0) * (b1 - b0) / (a1 - a0)
        steps.append((a, min(max(b, low_b), high_b)))
    return steps
