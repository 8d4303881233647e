"""Big letters for reading across a room: a 5x7 bitmap font drawn in half blocks.

Each font pixel is one column wide and half a row tall (terminal cells are about twice as
tall as wide, so the pixels are near square), and the whole font scales by whole numbers:
scale 1 is 4 rows tall, 2 is 7, 3 is 11, 4 is 14. `fit` picks the largest scale that fits
a box. Pure: no Textual, so it can be tested and measured on its own.
"""

from __future__ import annotations

import math
from functools import lru_cache

HEIGHT = 7  # font pixels
GAP = 1  # font pixels between characters
_BLOCKS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}

# Each glyph is 7 rows of '#' (ink) and '.' (paper); most are 5 wide, punctuation narrower.
_FONT_SOURCE = """
0 .###. #...# #..## #.#.# ##..# #...# .###.
1 ..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.
2 .###. #...# ....# ...#. ..#.. .#... #####
3 ##### ...#. ..#.. ...#. ....# #...# .###.
4 ...#. ..##. .#.#. #..#. ##### ...#. ...#.
5 ##### #.... ####. ....# ....# #...# .###.
6 ..##. .#... #.... ####. #...# #...# .###.
7 ##### ....# ...#. ..#.. .#... .#... .#...
8 .###. #...# #...# .###. #...# #...# .###.
9 .###. #...# #...# .#### ....# ...#. .##..
A .###. #...# #...# ##### #...# #...# #...#
B ####. #...# #...# ####. #...# #...# ####.
C .###. #...# #.... #.... #.... #...# .###.
D ####. #...# #...# #...# #...# #...# ####.
E ##### #.... #.... ####. #.... #.... #####
F ##### #.... #.... ####. #.... #.... #....
G .###. #...# #.... #.### #...# #...# .####
H #...# #...# #...# ##### #...# #...# #...#
I ### .#. .#. .#. .#. .#. ###
J ..### ...#. ...#. ...#. ...#. #..#. .##..
K #...# #..#. #.#.. ##... #.#.. #..#. #...#
L #.... #.... #.... #.... #.... #.... #####
M #...# ##.## #.#.# #.#.# #...# #...# #...#
N #...# #...# ##..# #.#.# #..## #...# #...#
O .###. #...# #...# #...# #...# #...# .###.
P ####. #...# #...# ####. #.... #.... #....
Q .###. #...# #...# #...# #.#.# #..#. .##.#
R ####. #...# #...# ####. #.#.. #..#. #...#
S .#### #.... #.... .###. ....# ....# ####.
T ##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..
U #...# #...# #...# #...# #...# #...# .###.
V #...# #...# #...# #...# #...# .#.#. ..#..
W #...# #...# #...# #.#.# #.#.# #.#.# .#.#.
X #...# #...# .#.#. ..#.. .#.#. #...# #...#
Y #...# #...# .#.#. ..#.. ..#.. ..#.. ..#..
Z ##### ....# ...#. ..#.. .#... #.... #####
: . . # . # . .
. . . . . . . #
- ..... ..... ..... ##### ..... ..... .....
' # # . . . . .
+ ..... ..#.. ..#.. ##### ..#.. ..#.. .....
> ..#.... ...#... ....#.. ####### ....#.. ...#... ..#....
< ....#.. ...#... ..#.... ####### ..#.... ...#... ....#..
? .###. #...# ....# ...#. ..#.. ..... ..#..
/ ....# ....# ...#. ..#.. .#... #.... #....
  .. .. .. .. .. .. ..
"""


def _parse(source: str) -> dict[str, tuple[str, ...]]:
    font: dict[str, tuple[str, ...]] = {}
    for line in source.strip("\n").splitlines():
        char, rows = line[0], tuple(line[2:].split())
        font[char] = rows
    return font


FONT = _parse(_FONT_SOURCE)
ARROWS = {"→": ">", "←": "<"}  # drawn with the font's wide arrow glyphs


def _glyph(char: str) -> tuple[str, ...]:
    char = ARROWS.get(char, char.upper())
    return FONT.get(char, FONT["?"])


def pixels(text: str) -> list[str]:
    """The text as rows of '#' and '.', one font pixel a character."""
    rows = [""] * HEIGHT
    for n, char in enumerate(text):
        glyph = _glyph(char)
        for y in range(HEIGHT):
            rows[y] += ("." * GAP if n else "") + glyph[y]
    return rows


def size(text: str, scale: int) -> tuple[int, int]:
    """Columns and rows the text takes at this scale."""
    return len(pixels(text)[0]) * scale, math.ceil(HEIGHT * scale / 2)


def render(text: str, scale: int) -> list[str]:
    """The text in half blocks, `scale` terminal columns (and half rows) a font pixel."""
    gap = " " * (GAP * scale)
    glyphs = [_drawn_glyph(char, scale) for char in text]
    if not glyphs:
        return [""] * size("", scale)[1]
    return [gap.join(row) for row in zip(*glyphs, strict=True)]


@lru_cache(maxsize=512)
def _drawn_glyph(char: str, scale: int) -> tuple[str, ...]:
    """One character in half blocks: a countdown's next second joins glyphs drawn before."""
    glyph = _glyph(char)
    grid = ["".join(pixel * scale for pixel in row) for row in glyph for _ in range(scale)]
    if len(grid) % 2:
        grid.append("." * len(grid[0]))
    return tuple(
        "".join(
            _BLOCKS[(top == "#", bottom == "#")] for top, bottom in zip(upper, lower, strict=True)
        )
        for upper, lower in zip(grid[::2], grid[1::2], strict=True)
    )


def fit(text: str, width: int, height: int, *, largest: int = 8) -> int:
    """The largest scale at which `text` fits in width x height cells; 0 when none does."""
    for scale in range(largest, 0, -1):
        columns, rows = size(text, scale)
        if columns <= width and rows <= height:
            return scale
    return 0


def wrap(text: str, width: int, scale: int) -> list[str] | None:
    """The words of `text` in lines that each fit `width` cells at `scale`; None when a
    word alone is wider."""
    lines: list[str] = []
    for word in text.split():
        if size(word, scale)[0] > width:
            return None
        if lines and size(f"{lines[-1]} {word}", scale)[0] <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def fit_lines(text: str, width: int, height: int, *, largest: int = 8) -> tuple[int, list[str]]:
    """The largest scale at which `text`, wrapped at spaces, fits width x height cells,
    with its lines; (0, []) when none does. One blank row separates lines."""
    for scale in range(largest, 0, -1):
        lines = wrap(text, width, scale)
        if lines is None:
            continue
        rows = len(lines) * size("x", scale)[1] + len(lines) - 1
        if rows <= height:
            return scale, lines
    return 0, []
