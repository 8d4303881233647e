"""`@frozen`: a frozen dataclass that is quicker to make.

On Python 3.11 a frozen dataclass compiles six methods when its module is imported,
each with its own `exec` (about 0.5 ms a class). Postrun makes some sixty before the
first frame. `@frozen` lets `dataclass` compile only `__init__`, and gives every class
the same five others, which read the class's fields instead of being compiled for it.
They behave as the generated ones do: equal only to the same class with equal compared
fields, hashed on those, shown as `Name(field=value, ...)`; a field is set once, by
`__init__`, and never again nor deleted (`FrozenInstanceError`). An `__eq__`, `__hash__`
or `__repr__` the class writes itself is kept. What it could not keep frozen is refused
as the class is made: a plain dataclass as a base, a `__setattr__` of its own, a field
that `__init__` does not set but that has a default. Type checkers see a frozen
dataclass (`dataclass_transform`).
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")


def _reader(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The named fields' values as a tuple (`attrgetter` reads several in one C call)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda value: (one(value),)
    return lambda value: ()


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    compared = self.__class__._frozen_compared
    return compared(self) == compared(other)


def _hash(self: Any) -> int:
    return hash(self.__class__._frozen_hashed(self))


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


def _refuse(cls: Any) -> None:
    """What `@frozen` cannot keep frozen, refused when the class is made."""
    for base in cls.__mro__[1:]:  # a class `dataclass` made holds its own params
        if "__dataclass_params__" in vars(base) and "_frozen_fields" not in vars(base):
            raise TypeError(f"@frozen {cls.__qualname__} cannot inherit from a plain dataclass")
    for name in ("__setattr__", "__delattr__"):
        if name in vars(cls):
            raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__qualname__}")


def _finish(cls: Any) -> Any:
    """Give a class made by `dataclass(eq=False, repr=False)` the shared methods."""
    fields = dataclasses.fields(cls)
    for f in fields:  # `__init__` leaves such a field to the class: it could be set later
        if not f.init and f.default is not dataclasses.MISSING:
            raise TypeError(f"{cls.__qualname__}.{f.name}: init=False with a default")
    cls._frozen_fields = frozenset(f.name for f in fields)
    cls._frozen_compared = _reader(tuple(f.name for f in fields if f.compare))
    hashed = (f.name for f in fields if (f.compare if f.hash is None else f.hash))
    cls._frozen_hashed = _reader(tuple(hashed))
    cls._frozen_shown = tuple(f.name for f in fields if f.repr)
    own = vars(cls)
    if "__repr__" not in own:
        cls.__repr__ = _repr
    # As dataclass decides: a class that writes `__eq__` gets `__hash__ = None` from
    # Python, which does not count as writing `__hash__`.
    wrote_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
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
        _refuse(cls)
        made = dataclasses.dataclass(eq=False, repr=False, kw_only=kw_only)(cls)
        return _finish(made)

    return make if cls is None else make(cls)
