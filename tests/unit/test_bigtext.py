"""The big-letter font: well formed, drawn to the pixel, and fitted to the space given."""

from __future__ import annotations

import pytest

from postrun.tui import bigtext


def test_every_glyph_is_seven_rows_of_one_width():
    for char, glyph in bigtext.FONT.items():
        assert len(glyph) == bigtext.HEIGHT, char
        assert len({len(row) for row in glyph}) == 1, char
        assert set("".join(glyph)) <= {"#", "."}, char


def test_a_dash_is_drawn_in_the_lower_half_of_the_second_row():
    # Pixel row 3 (of 0-6) is ink: text row 1 covers pixel rows 2 and 3, so its lower half.
    assert bigtext.render("-", 1) == ["     ", "▄▄▄▄▄", "     ", "     "]


def test_scale_two_doubles_each_pixel_in_both_directions():
    rows = bigtext.render("-", 2)
    assert rows[3] == "█" * 10  # pixel row 3 -> grid rows 6 and 7 -> text row 3
    assert all(set(row) == {" "} for n, row in enumerate(rows) if n != 3)


@pytest.mark.parametrize("scale", [1, 2, 3, 4])
def test_render_takes_exactly_the_size_it_reports(scale):
    columns, rows = bigtext.size("12:45", scale)
    drawn = bigtext.render("12:45", scale)
    assert len(drawn) == rows and {len(row) for row in drawn} == {columns}


@pytest.mark.parametrize("scale", [1, 2, 3])
def test_each_cell_shows_the_two_font_pixels_it_covers(scale):
    # Glyphs are drawn one at a time and joined: the whole still matches the text's pixels,
    # the gaps between characters included, and a line of an odd number of pixel rows.
    text = "0:45 -> ?"
    grid = [
        "".join(pixel * scale for pixel in row)
        for row in bigtext.pixels(text)
        for _ in range(scale)
    ]
    grid += ["." * len(grid[0])] * (len(grid) % 2)
    blocks = {"  ": " ", "#.": "▀", ".#": "▄", "##": "█", "..": " "}
    expected = [
        "".join(blocks[a + b] for a, b in zip(grid[y], grid[y + 1], strict=True))
        for y in range(0, len(grid), 2)
    ]
    assert bigtext.render(text, scale) == expected


def test_fit_chooses_the_largest_scale_that_fits():
    assert bigtext.size("0:45", 1) == (19, 4)
    assert bigtext.fit("0:45", 60, 20) == 3  # 57 columns, 11 rows
    assert bigtext.fit("0:45", 56, 20) == 2  # one column short of scale 3
    assert bigtext.fit("0:45", 160, 17) == 4
    assert bigtext.fit("0:45", 10, 3) == 0  # nothing fits: the caller writes it small


def test_unknown_characters_read_as_a_question_mark_and_arrows_are_drawn():
    assert bigtext.render("§", 1) == bigtext.render("?", 1)
    assert bigtext.render("→", 1) != bigtext.render("?", 1)


def test_long_words_wrap_at_spaces_into_the_largest_letters_that_fit():
    scale, lines = bigtext.fit_lines("Switch to your RIGHT side →", 78, 11)
    assert (scale, lines) == (1, ["Switch to your", "RIGHT side →"])
    assert all(bigtext.size(line, scale)[0] <= 78 for line in lines)
    assert bigtext.fit_lines("Switch to your RIGHT side →", 38, 4) == (0, [])


def test_the_side_fits_the_smallest_screen_in_big_letters():
    assert bigtext.fit_lines("RIGHT →", 38, 4) == (1, ["RIGHT →"])
    assert bigtext.fit_lines("← LEFT", 38, 4) == (1, ["← LEFT"])
