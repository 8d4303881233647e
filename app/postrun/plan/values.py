"""How the chooser scores a choice: one integer per total, compared with `>=`.

A value is the tier counts side by side (phases, core, extra, optional, rounds: each in
its own bit field, the most important on top) above a mask of the kept units, earlier
units on higher bits, so a larger integer is a better choice in exactly the objective's
order. A mask over every unit of a large routine would make each integer thousands of
bits long and the programme several times slower, so the mask holds one chunk of units
at a time: at a chunk's end, the masks still alive are replaced by their rank among
themselves (ranks keep their order), and the ranks are kept to read the choice back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

TIERS = {"round": 0, "optional": 1, "extra": 2, "core": 3, "phase": 4}
CHUNK = 48  # units per mask chunk: keeps values a few machine words long


@dataclass(frozen=True, slots=True)
class Unit:
    """One thing a plan may keep: a move, a position, or one round above the minimum."""

    exercise: str
    position: str | None = None
    round: int = 0


@dataclass
class Units:
    """Every unit of a routine in routine order, with its tier."""

    units: list[Unit] = field(default_factory=list)
    tiers: list[int] = field(default_factory=list)

    def add(self, unit: Unit, tier: str) -> int:
        self.units.append(unit)
        self.tiers.append(TIERS[tier])
        return len(self.units) - 1


Row = list[int] | None  # the best value for each total; None when no total is reached yet


class Encoding:
    """Values for one run of the programme over totals 0..size-1."""

    def __init__(self, units: Units, size: int, widest: int) -> None:
        self.units = units
        self.local = max(CHUNK, widest)  # mask bits of the chunk in progress
        self.mask_bits = (2 * size + 1).bit_length() + self.local  # room for a rank above
        width = (len(units.units) + 1).bit_length()  # room for any tier's count
        self.tier = [1 << (self.mask_bits + t * width) for t in range(len(TIERS))]
        self.phase = self.tier[TIERS["phase"]]
        self.neg = -(1 << (self.mask_bits + len(TIERS) * width + 2))  # below any sum
        self.base = 0  # the first unit of the chunk in progress
        self.ranks: list[tuple[int, list[int]]] = []  # (chunk's first unit, masks by rank)

    def value(self, indexes: Iterable[int]) -> int:
        return sum(self.tier[self.units.tiers[i]] + self._bit(i) for i in indexes)

    def _bit(self, index: int) -> int:
        return 1 << (self.local - 1 - (index - self.base))

    def start(self, first: int, last: int, rows: Sequence[Row]) -> list[Row]:
        """Before an item with units first..last: a new chunk if they would not fit."""
        if last - self.base < self.local:
            return list(rows)
        mask, neg = (1 << self.mask_bits) - 1, self.neg
        masks = sorted({v & mask for row in rows if row for v in row if v >= 0})
        rank = {m: i << self.local for i, m in enumerate(masks)}
        self.ranks.append((self.base, masks))
        self.base = first
        return [
            None if row is None else [(v & ~mask) | rank[v & mask] if v >= 0 else neg for v in row]
            for row in rows
        ]

    def kept(self, value: int) -> list[Unit]:
        """The units a value keeps, read back chunk by chunk."""
        mask, low = value & ((1 << self.mask_bits) - 1), (1 << self.local) - 1
        base, found = self.base, []
        for ranks in [*reversed(self.ranks), None]:
            bits = mask & low
            found += [base + j for j in range(self.local) if (bits >> (self.local - 1 - j)) & 1]
            if ranks is None:
                break
            base, masks = ranks
            mask = masks[mask >> self.local]
        return [self.units.units[i] for i in sorted(found)]
