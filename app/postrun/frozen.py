"""`@frozen`: a frozen dataclass that is quicker to make.

On Python 3.11 a frozen dataclass compiles six methods when its module is imported,
each with its own `exec` (about 0.5 ms a class). Postrun makes some sixty before the
first frame. `@frozen` lets `dataclass` compile only `__init__`, and gives every class
the same five others, which read the class's fields instead of being compiled for it.
They behave as the generated ones do: equal only to the same class with equal compared
fields, hashed on those, shown as `Name(field=value, ...)`; a field is set once, by
`__init__`, and never again nor deleted (`FrozenInstanceError`). A method the class
writes itself is kept. Type checkers see a frozen dataclass (`dataclass_transform`).
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")


def _compared(self: Any) -> tuple[Any, ...]:
    return tuple([getattr(self, name) for name in self._frozen_compared])


def _eq(self: Any, other: object) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _compared(self) == _compared(other)


def _hash(self: Any) -> int:
    return hash(tuple([getattr(self, name) for name in self._frozen_hashed]))


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._frozen_shown)
    return f"{self.__class__.__qualname__}({shown})"


def _set_once(self: Any, name: str, value: Any) -> None:
    # `__init__` sets each field once; after that the value is frozen.
    values = self.__dict__
    if name in values or name not in self._frozen_fields:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
    values[name] = value


def _no_delete(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _finish(cls: Any) -> Any:
    """Give a class made by `dataclass(eq=False, repr=False)` the shared methods."""
    fields = dataclasses.fields(cls)
    cls._frozen_fields = frozenset(f.name for f in fields)
    cls._frozen_compared = tuple(f.name for f in fields if f.compare)
    cls._frozen_hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
    cls._frozen_shown = tuple(f.name for f in fields if f.repr)
    own = vars(cls)
    if "__repr__" not in own:
        cls.__repr__ = _repr
    # As dataclass decides: a class that writes `__eq__` gets `__hash__ = None` from
    # Python, which does not count as writing `__hash__`.
    wrote_hash = own.get("__hash__") is not None
    if "__eq__" not in own:
        cls.__eq__ = _eq
    if not wrote_hash:
        cls.__hash__ = _hash
    cls.__setattr__ = _set_once
    cls.__delattr__ = _no_delete
    return cls


@overload
def frozen(cls: type[T], /) -> type[T]: ...
@overload
def frozen(*, kw_only: bool = False) -> Callable[[type[T]], type[T]]: ...
@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def frozen(cls: Any = None, /, *, kw_only: bool = False) -> Any:
    """`@dataclass(frozen=True)`, with shared methods instead of compiled ones."""

    def make(cls: Any) -> Any:
        made = dataclasses.dataclass(eq=False, repr=False, kw_only=kw_only)(cls)
        return _finish(made)

    return make if cls is None else make(cls)
