"""The rules a file's values must follow, written beside each field as `Annotated` markers.

The schema is plain frozen dataclasses (`models`, `store.settings`, `store.record`) whose
fields carry these markers: a normal start builds them from cached, already validated
data and imports nothing heavy. Only `postrun.validate` turns the markers into pydantic
rules (each marker knows its own, through `__get_pydantic_core_schema__`, imported only
when asked), so there is one definition of what a file may say, not two to keep in step.

A class may add `_before(data) -> data` (a classmethod that rewrites what the file gave
before the fields are read) and `_check(self)` (raises ValueError, naming what is wrong
with the whole); both run when a file is validated, never when the cache is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, ClassVar, Self

from postrun.printable import control_at

# The pydantic hook's arguments: (the annotated type, pydantic's schema handler).
_Handler = Any


def _plain(text: str, allowed: str = "") -> str:
    at = control_at(text, allowed)
    if at is not None:
        raise ValueError(
            f"must be plain text: control character U+{ord(text[at]):04X} at character {at + 1}"
        )
    return text


class Chars:
    """A string: exactly a string (never a number), maybe stripped, pattern, plain text."""

    def __init__(
        self,
        *,
        strip: bool = False,
        min_length: int | None = None,
        pattern: str | None = None,
        plain: str | None = None,  # None: no check; "" plain text; "\n": over lines too
    ) -> None:
        self.strip, self.min_length, self.pattern, self.plain = strip, min_length, pattern, plain

    def __get_pydantic_core_schema__(self, source: Any, handler: _Handler) -> Any:
        from pydantic_core import core_schema as cs

        schema = cs.str_schema(
            strict=True,
            strip_whitespace=self.strip or None,
            min_length=self.min_length,
            pattern=self.pattern,
        )
        if self.plain is None:
            return schema
        allowed = self.plain
        return cs.no_info_after_validator_function(lambda text: _plain(text, allowed), schema)


class Number:
    """An int or float within bounds; strict refuses "5" and true for a number."""

    def __init__(
        self,
        *,
        gt: float | None = None,
        ge: float | None = None,
        le: float | None = None,
        strict: bool = False,
        finite: bool = False,
    ) -> None:
        self.gt, self.ge, self.le, self.strict, self.finite = gt, ge, le, strict, finite

    def __get_pydantic_core_schema__(self, source: Any, handler: _Handler) -> Any:
        from pydantic_core import core_schema as cs

        if source is float:
            return cs.float_schema(
                gt=self.gt,
                ge=self.ge,
                le=self.le,
                strict=self.strict or None,
                allow_inf_nan=False if self.finite else None,
            )
        return cs.int_schema(
            gt=_whole(self.gt), ge=_whole(self.ge), le=_whole(self.le), strict=self.strict or None
        )


def _whole(bound: float | None) -> int | None:
    return None if bound is None else int(bound)


class Strict:
    """Exactly the type given: true/false for a bool, never 1 or "yes"."""

    def __get_pydantic_core_schema__(self, source: Any, handler: _Handler) -> Any:
        from pydantic_core import core_schema as cs

        return cs.bool_schema(strict=True) if source is bool else handler(source)


class Items:
    """A list with at least `min_length` entries."""

    def __init__(self, min_length: int) -> None:
        self.min_length = min_length

    def __get_pydantic_core_schema__(self, source: Any, handler: _Handler) -> Any:
        schema = dict(handler(source))
        schema["min_length"] = self.min_length
        return schema


class After:
    """A check (or tidy-up) of the value once its type is right: raises ValueError."""

    def __init__(self, check: Callable[[Any], Any]) -> None:
        self.check = check

    def __get_pydantic_core_schema__(self, source: Any, handler: _Handler) -> Any:
        from pydantic_core import core_schema as cs

        return cs.no_info_after_validator_function(self.check, handler(source))


class Before:
    """Rewrites what the file gave before its type is checked (older spellings)."""

    def __init__(self, rewrite: Callable[[Any], Any]) -> None:
        self.rewrite = rewrite

    def __get_pydantic_core_schema__(self, source: Any, handler: _Handler) -> Any:
        from pydantic_core import core_schema as cs

        return cs.no_info_before_validator_function(self.rewrite, handler(source))


class Only:
    """The value is checked by `check` alone, and kept as the file gives it."""

    def __init__(self, check: Callable[[Any], Any]) -> None:
        self.check = check

    def __get_pydantic_core_schema__(self, source: Any, handler: _Handler) -> Any:
        from pydantic_core import core_schema as cs

        return cs.no_info_plain_validator_function(self.check)


class Tagged:
    """A union told apart by one key (`kind = "hold"`)."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __get_pydantic_core_schema__(self, source: Any, handler: _Handler) -> Any:
        from pydantic import Discriminator

        return Discriminator(self.key).__get_pydantic_core_schema__(source, handler)


class Aware:
    """A date and time with its UTC offset."""

    def __get_pydantic_core_schema__(self, source: Any, handler: _Handler) -> Any:
        from pydantic import AwareDatetime

        return handler.generate_schema(AwareDatetime)


class Label:
    """What a screen calls a setting, and its unit: read by the settings screen."""

    def __init__(self, text: str, unit: str | None = None) -> None:
        self.text, self.unit = text, unit


class Model:
    """A frozen record from a file: unknown keys are refused (a typo is an error)."""

    __slots__ = ()  # so the records' own slots leave them without a `__dict__`
    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """Validated from plain data (imports pydantic); raises `Invalid`."""
        from postrun.validate import validated

        return validated(cls, data)

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        """Plain data that `model_validate` reads back; "json": times as text."""
        from postrun.data import dump

        return dump(self, json=mode == "json")  # type: ignore[no-any-return]

    def model_copy(self, update: dict[str, Any] | None = None) -> Self:
        return replace(self, **(update or {}))  # type: ignore[type-var]

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: _Handler) -> Any:
        from pydantic_core import core_schema as cs

        schema = handler(source)
        before = getattr(cls, "_before", None)
        if before is not None:
            schema = cs.no_info_before_validator_function(before, schema)
        check = getattr(cls, "_check", None)
        if check is not None:

            def checked(value: Any) -> Any:
                check(value)
                return value

            schema = cs.no_info_after_validator_function(checked, schema)
        return schema


class Invalid(ValueError):
    """What validation found wrong: pydantic's error details, as plain dicts."""

    def __init__(self, details: list[dict[str, Any]]) -> None:
        super().__init__(details[0]["msg"] if details else "invalid")
        self.details = details

    def errors(self) -> list[dict[str, Any]]:
        return self.details


def first_problem(error: Invalid) -> str:
    """'key: message' for the first thing wrong with a settings file or a record."""
    errors = error.errors()
    key = ".".join(str(part) for part in errors[0]["loc"]) or "(file)"
    line = f"{key}: {errors[0]['msg'].removeprefix('Value error, ')}"
    return line + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else "")
