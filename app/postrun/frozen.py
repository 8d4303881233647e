"""`@frozen`: a frozen dataclass that is quicker to make.

On Python 3.11 a frozen dataclass compiles six methods when its module is imported,
each with its own `exec` (about 0.5 ms a class). Postrun makes some sixty before the
first frame. `@frozen` compiles none: every class gets the same methods, which read the
class's fields instead of being compiled for it. They behave as the generated ones do:
`__init__` takes the fields by position and by name with their defaults and calls
`__post_init__`; values are equal only to the same class with equal compared fields,
hashed on those, shown as `Name(field=value, ...)`; a field is set once, by `__init__`,
and never again nor deleted (`FrozenInstanceError`). An `__init__`, `__eq__`, `__hash__`
or `__repr__` the class writes itself is kept. What it could not keep frozen is refused
as the class is made: a plain dataclass as a base, a `__setattr__` of its own, a field
that `__init__` does not set but that has a default, an `InitVar`. Type checkers see a
frozen dataclass (`dataclass_transform`).
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from itertools import pairwise
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")
MISSING = dataclasses.MISSING
# Which entries of `__dataclass_fields__` are not fields: dataclass's own markers.
CLASS_VAR = dataclasses._FIELD_CLASSVAR  # type: ignore[attr-defined]
INIT_VAR = dataclasses._FIELD_INITVAR  # type: ignore[attr-defined]


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


class _Factory:
    """A field's `default_factory`, told apart from a default that is a function."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def _init_for(cls: Any) -> Callable[..., None]:
    """The `__init__` dataclass would compile for `cls`, as one shared body."""
    fields = [f for f in cls.__dataclass_fields__.values() if f._field_type is not CLASS_VAR]
    if any(f._field_type is INIT_VAR for f in fields):
        raise TypeError(f"@frozen {cls.__qualname__} cannot take an InitVar")
    taken = [f for f in fields if f.init]
    names = tuple(f.name for f in taken)
    known = frozenset(names)
    positional = tuple(f.name for f in taken if not f.kw_only)
    defaults: dict[str, Any] = {}
    for f in taken:
        if f.default is not MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not MISSING:
            defaults[f.name] = _Factory(f.default_factory)
    for before, name in pairwise(positional):
        if before in defaults and name not in defaults:
            raise TypeError(f"non-default argument {name!r} follows default argument")
    later = [(f.name, f.default_factory) for f in fields if not f.init]
    made_later = [(name, make) for name, make in later if make is not MISSING]
    post_init = hasattr(cls, "__post_init__")
    where = f"{cls.__qualname__}.__init__()"

    def __init__(self: Any, /, *args: Any, **given: Any) -> None:  # "self" may be a field
        if args:
            if len(args) > len(positional):
                raise TypeError(f"{where} takes {len(positional)} positional arguments")
            for name, value in zip(positional, args, strict=False):
                if name in given:
                    raise TypeError(f"{where} got multiple values for argument {name!r}")
                given[name] = value
        if not given.keys() <= known:
            unknown = sorted(given.keys() - known)
            raise TypeError(f"{where} got an unexpected keyword argument {unknown[0]!r}")
        values = self.__dict__  # as `object.__setattr__` would: past the frozen guard
        for name in names:
            if name in given:
                values[name] = given[name]
            elif name in defaults:
                value = defaults[name]
                values[name] = value.make() if value.__class__ is _Factory else value
            else:
                missing = ", ".join(repr(n) for n in names if n not in given and n not in defaults)
                raise TypeError(f"{where} missing required arguments: {missing}")
        for name, make in made_later:
            values[name] = make()
        if post_init:
            self.__post_init__()

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


def _refuse(cls: Any) -> None:
    """What `@frozen` cannot keep frozen, refused when the class is made."""
    for base in cls.__mro__[1:]:  # a class `dataclass` made holds its own params
        if "__dataclass_params__" in vars(base) and "_frozen_fields" not in vars(base):
            raise TypeError(f"@frozen {cls.__qualname__} cannot inherit from a plain dataclass")
    for name in ("__setattr__", "__delattr__"):
        if name in vars(cls):
            raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__qualname__}")


def _finish(cls: Any) -> Any:
    """Give a class made by `dataclass(init=False, eq=False, repr=False)` the shared methods."""
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
    if "__init__" not in own:
        cls.__init__ = _init_for(cls)
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
        made = dataclasses.dataclass(init=False, eq=False, repr=False, kw_only=kw_only)(cls)
        return _finish(made)

    return make if cls is None else make(cls)
