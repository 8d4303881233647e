"""Knob values for a chosen shape that add up to its total exactly, spread evenly.

Every knob starts at one shared fraction of its range (the fraction whose values come
nearest the total together); what is still missing is handed out one step at a time,
move by move in plan order, so no single move soaks it up. When steps of different sizes
leave a few seconds over, the fewest steps away from those aims that make the total
exactly are found by a small search; failing that, the last moves absorb the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from postrun.plan.costs import Part, reachable
from postrun.plan.knobs import Knobs

Option = tuple[int, tuple[int, ...]]  # (seconds, the part's knob values)


def even_values(parts: Sequence[Part], total: int, knobs: Knobs) -> dict[str, int]:
    """Knob values adding up to exactly `total`, as evenly placed in their ranges as can be."""
    suffix = reachable(parts, total)
    if not (suffix[0] >> total) & 1:
        raise AssertionError(f"the kept moves cannot add up to {total} s")
    fraction = _fraction(parts, total, knobs)
    aims = _spread([_aim(part, fraction, knobs) for part in parts], parts, total)
    if settled := _settle(aims, parts, total, knobs):
        return {
            k: v
            for part, (_, chosen) in zip(parts, settled, strict=True)
            for k, v in zip(part.keys, chosen, strict=True)
        }
    values: dict[str, int] = {}
    left = total
    for part, after, aim in zip(parts, suffix[1:], aims, strict=True):
        for seconds, chosen in sorted(part.options, key=_distance(part, aim, knobs)):
            if seconds <= left and (after >> (left - seconds)) & 1:
                values.update(zip(part.keys, chosen, strict=True))
                left -= seconds
                break
    return values


def _aim(part: Part, fraction: float, knobs: Knobs) -> Option:
    """The part's values at `fraction` of their ranges, and the seconds they make."""
    aim = tuple(knobs[key].nearest(fraction) for key in part.keys)
    return next(option for option in part.options if option[1] == aim)


def _distance(part: Part, aim: Option, knobs: Knobs) -> Callable[[Option], tuple[int, float, int]]:
    def distance(option: Option) -> tuple[int, float, int]:
        seconds, chosen = option
        spread = sum(
            abs(v - a) / max(1, knobs[k].high - knobs[k].low)
            for k, v, a in zip(part.keys, chosen, aim[1], strict=True)
        )
        return abs(seconds - aim[0]), spread, seconds

    return distance


def _fraction(parts: Sequence[Part], total: int, knobs: Knobs) -> float:
    """The one fraction of every range whose values come nearest `total` together."""

    def at(fraction: float) -> int:
        return sum(_aim(part, fraction, knobs)[0] for part in parts)

    low, high = 0.0, 1.0
    if at(high) <= total:
        return high
    for _ in range(20):
        middle = (low + high) / 2
        low, high = (middle, high) if at(middle) <= total else (low, middle)
    return low if total - at(low) <= at(high) - total else high


def _spread(aims: list[Option], parts: Sequence[Part], total: int) -> list[Option]:
    """Step the aims toward `total` one option at a time, round the parts in plan order."""
    left = total - sum(seconds for seconds, _ in aims)
    moved = True
    while left and moved:
        moved = False
        for i, part in enumerate(parts):
            toward = [o for o in part.options if (o[0] - aims[i][0]) * left > 0]
            if not toward:
                continue
            step = min(toward, key=lambda o: abs(o[0] - aims[i][0]))
            change = step[0] - aims[i][0]
            if abs(left - change) < abs(left):
                aims[i], left, moved = step, left - change, True
                if not left:
                    break
    return aims


SETTLE_STEPS = 2  # how far from its aim the search may move a part, in steps
SETTLE_PARTS = 200  # beyond this many parts the search costs more than it is worth


def _settle(
    aims: list[Option], parts: Sequence[Part], total: int, knobs: Knobs
) -> list[Option] | None:
    """Options near the aims that add up to `total` exactly, moving as few steps as can be;
    None if there are none within SETTLE_STEPS of each aim, or too many parts to search."""
    left = total - sum(seconds for seconds, _ in aims)
    if not left:
        return aims
    if len(parts) > SETTLE_PARTS:
        return None
    nearby = [_nearby(part, aim, knobs) for part, aim in zip(parts, aims, strict=True)]
    bound = abs(left) + max(
        abs(o[0] - aim[0]) for near, aim in zip(nearby, aims, strict=True) for o, _ in near
    )
    layers: list[dict[int, tuple[int, int, Option]]] = []  # change -> (steps, before, option)
    costs = {0: 0}
    for near, aim in zip(nearby, aims, strict=True):
        layer: dict[int, tuple[int, int, Option]] = {}
        for change, steps in costs.items():
            for option, away in near:
                after = change + option[0] - aim[0]
                if abs(after) > bound:
                    continue
                best = layer.get(after)
                if best is None or steps + away < best[0]:
                    layer[after] = (steps + away, change, option)
        layers.append(layer)
        costs = {change: entry[0] for change, entry in layer.items()}
    if left not in costs:
        return None
    chosen, change = [], left
    for layer in reversed(layers):
        _, change, option = layer[change]
        chosen.append(option)
    return chosen[::-1]


def _nearby(part: Part, aim: Option, knobs: Knobs) -> list[tuple[Option, int]]:
    """The part's options within SETTLE_STEPS totals of its aim, with how many away."""
    totals = part.seconds
    here = totals.index(aim[0])
    near = []
    for index in range(max(0, here - SETTLE_STEPS), min(len(totals), here + SETTLE_STEPS + 1)):
        same = [o for o in part.options if o[0] == totals[index]]
        near.append((min(same, key=_distance(part, aim, knobs)), abs(index - here)))
    return near
