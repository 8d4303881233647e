"""The dynamic programme over whole seconds that `choose` runs.

Rows hold, for every total 0..size-1, the best value (see `values`) of the choices that
make exactly that total. Moves are added one at a time, phase by phase; a phase keeps
two rows, without and with a move of its own, so a phase counts once however many of its
moves are kept. Each move adds one pass over the row per form (its rounds), a positions
move a few per position: linear in the routine's size.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from postrun.plan.costs import Layout, Part
from postrun.plan.values import Encoding, Row, Units


@dataclass(frozen=True, slots=True)
class Form:
    """A move in one form (a number of rounds): its cost and the units it keeps."""

    layout: Layout
    units: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Positions:
    """A positions move: its switches depend on which kept positions follow which."""

    both_sides: bool
    get_ready: int
    parts: tuple[tuple[Part, bool, int], ...]  # (part, done on each side, unit)


Item = tuple[Form, ...] | Positions


@dataclass(frozen=True, slots=True)
class PhaseItems:
    """A phase's items in order, and the pause between a block's two legs."""

    switch: int  # the pause between a one-leg block's two passes
    items: tuple[Item, ...]


def unit_span(item: Item) -> tuple[int, int]:
    found = (
        [u for _, _, u in item.parts]
        if isinstance(item, Positions)
        else [u for form in item for u in form.units]
    )
    return min(found), max(found)


def run(
    phases: list[PhaseItems], size: int, units: Units, switch: int, exact: bool
) -> tuple[list[int], Encoding]:
    """The best value for every total; `exact` weighs every total a move can make, else
    only its shortest."""
    step = _grid(phases, switch, exact)  # every total is a multiple of it: work in steps
    cells = (size - 1) // step + 1
    spans = [unit_span(item) for phase in phases for item in phase.items]
    code = Encoding(units, cells, max(last - first + 1 for first, last in spans))
    neg = code.neg
    best = [0] + [neg] * (cells - 1)
    for phase in phases:
        empty, kept = best, None  # the phase without a move of its own yet, and with one
        for item in phase.items:
            empty_row, kept = code.start(*unit_span(item), [empty, kept])
            assert empty_row is not None
            empty = empty_row
            if isinstance(item, Positions):
                source = empty if kept is None else _both(empty, kept)
                kept = _max(kept, _positions(source, item, code, switch, exact, step))
                continue
            before = kept
            for seconds, value in _forms(item, code, exact, step):
                if kept is not None and before is not None and len(seconds) == 1:
                    kept = _raise_either(kept, empty, before, seconds[0], value)  # one pass
                else:
                    source = empty if before is None else _both(empty, before)
                    kept = _raise(kept, source, seconds, value, neg)
        phase_kept = _raise(None, kept, [phase.switch // step], code.phase, neg)
        best = empty if phase_kept is None else _both(empty, phase_kept)
    by_second = [neg] * size
    by_second[::step] = best
    return by_second, code


def _grid(phases: list[PhaseItems], switch: int, exact: bool) -> int:
    """The greatest common divisor of every number of seconds the programme adds."""
    found = [switch]
    for phase in phases:
        found.append(phase.switch)
        for item in phase.items:
            if isinstance(item, Positions):
                found.append(item.get_ready)
                found += [s for part, _, _ in item.parts for s in _part_seconds(part, exact, 1)]
            else:
                found += [s for form in item for s in _seconds(form.layout, exact, 1)]
    return math.gcd(*found) or 1


def _forms(
    item: tuple[Form, ...], code: Encoding, exact: bool, step: int
) -> list[tuple[list[int], int]]:
    """Each form's totals and value. Weighing shortest forms only, a form that costs no
    less than another yet is worth less can never be best (the other does better in its
    place, within the same limit), so it is left out."""
    forms = [(_seconds(form.layout, exact, step), code.value(form.units)) for form in item]
    if exact:
        return forms
    kept: list[tuple[list[int], int]] = []
    for seconds, value in sorted(forms, key=lambda f: (f[0][0], -f[1])):
        if not kept or value > kept[-1][1]:
            kept.append((seconds, value))
    return kept


def _positions(
    source: list[int], item: Positions, code: Encoding, switch: int, exact: bool, step: int
) -> Row:
    neg, ready, switch = code.neg, item.get_ready // step, switch // step

    def plus(seconds: list[int], extra: int) -> list[int]:
        return [s + extra for s in seconds]

    if not item.both_sides:
        row: Row = None
        for part, _, unit in item.parts:
            seconds, v = _part_seconds(part, exact, step), code.value([unit])
            row = _raise(_raise(row, row, seconds, v, neg), source, plus(seconds, ready), v, neg)
        return row
    # Last kept position: unsided before any sided one, sided, or unsided after a sided one.
    first: Row = None
    sided: Row = None
    after: Row = None
    for part, each_side, unit in item.parts:
        seconds, v = _part_seconds(part, exact, step), code.value([unit])
        if each_side:  # a new sided run adds a switch, or two after an earlier sided run
            new = _raise(sided, sided, seconds, v, neg)
            new = _raise(new, first, plus(seconds, switch), v, neg)
            new = _raise(new, source, plus(seconds, ready + switch), v, neg)
            sided = _raise(new, after, plus(seconds, 2 * switch), v, neg)
        else:
            new_first = _raise(
                _raise(first, first, seconds, v, neg), source, plus(seconds, ready), v, neg
            )
            after = _raise(_raise(after, after, seconds, v, neg), sided, seconds, v, neg)
            first = new_first
    return _max(_max(first, sided), after)


def _seconds(layout: Layout, exact: bool, step: int) -> list[int]:
    """A form's totals, in steps: its shortest only, or every one it can make."""
    if not exact:
        return [layout.least // step]
    totals = {layout.fixed}
    for part in layout.parts:
        totals = {t + s for t in totals for s in part.seconds}
    return sorted(t // step for t in totals)


def _part_seconds(part: Part, exact: bool, step: int) -> list[int]:
    return [s // step for s in part.seconds] if exact else [part.least // step]


def _max(a: Row, b: Row) -> Row:
    if a is None or b is None:
        return a if b is None else b
    return _both(a, b)


def _both(a: list[int], b: list[int]) -> list[int]:
    return [x if x >= y else y for x, y in zip(a, b, strict=True)]


def _raise_either(
    target: list[int], a: list[int], b: list[int], seconds: int, value: int
) -> list[int]:
    """_raise from the better of rows a and b, without building that row first."""
    if seconds >= len(a):
        return target
    body = zip(target[seconds:], a, b, strict=False)
    return target[:seconds] + [
        x if x >= (m := (p if p >= q else q) + value) else m for x, p, q in body
    ]


def _raise(target: Row, source: Row, seconds: list[int], value: int, neg: int) -> Row:
    """target, or better: source moved on by any of `seconds` (sorted) and worth `value`."""
    if source is None or seconds[0] >= len(source):
        return target
    first = seconds[0]
    if len(seconds) > 1:
        source = _spread(source, [s - first for s in seconds], neg)
    body = source[: len(source) - first]
    if target is None:
        return [neg] * first + [x + value for x in body]
    return target[:first] + [
        a if a >= (m := x + value) else m for a, x in zip(target[first:], body, strict=True)
    ]


def _spread(row: list[int], offsets: list[int], neg: int) -> list[int]:
    """out[t] = the best of row[t - o] for o in offsets (sorted, from 0), by doubling."""
    out: list[int] | None = None
    for start, step, count in _progressions(offsets):
        window, width = row, 1
        while 2 * width <= count:
            window, width = _shift_max(window, width * step), 2 * width
        if width < count:
            window = _shift_max(window, (count - width) * step)
        if start:
            window = [neg] * start + window[: len(row) - start]
        out = window if out is None else _both(out, window)
    assert out is not None
    return out


def _shift_max(row: list[int], k: int) -> list[int]:
    if k >= len(row):
        return row
    return row[:k] + [a if a >= b else b for a, b in zip(row[k:], row, strict=False)]


def _progressions(offsets: list[int]) -> Iterator[tuple[int, int, int]]:
    """Sorted offsets as arithmetic runs: (start, step, count)."""
    i = 0
    while i < len(offsets):
        if i + 1 == len(offsets):
            yield offsets[i], 1, 1
            return
        step, j = offsets[i + 1] - offsets[i], i + 1
        while j + 1 < len(offsets) and offsets[j + 1] - offsets[j] == step:
            j += 1
        yield offsets[i], step, j - i + 1
        i = j + 1
