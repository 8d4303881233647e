"""Keys as footers show them, without Unicode's table of character names.

Textual shows a key that names a character ("c", "question_mark", "ctrl+p") as the
character ("c", "?", "^p"), after looking the name up in Unicode's table of names:
the table's pages cost half a megabyte of memory. The same result, without it.
"""

from __future__ import annotations

import string

from textual.binding import Binding

# Textual's names for the punctuation keys ("question_mark"), in the order of the characters.
PUNCTUATION_KEYS = dict(
    zip(
        [
            "exclamation_mark",
            "quotation_mark",
            "number_sign",
            "dollar_sign",
            "percent_sign",
            "ampersand",
            "apostrophe",
            "left_parenthesis",
            "right_parenthesis",
            "asterisk",
            "plus",
            "comma",
            "minus",
            "full_stop",
            "slash",
            "colon",
            "semicolon",
            "less_than_sign",
            "equals_sign",
            "greater_than_sign",
            "question_mark",
            "at",
            "left_square_bracket",
            "backslash",
            "right_square_bracket",
            "circumflex_accent",
            "underscore",
            "grave_accent",
            "left_curly_bracket",
            "vertical_line",
            "right_curly_bracket",
            "tilde",
        ],
        string.punctuation,
        strict=True,
    )
)


def key_display(binding: Binding) -> str | None:
    """How a key that is one character shows ("^p"), or None for Textual to say."""
    modifiers, key = binding.parse_key()
    key = PUNCTUATION_KEYS.get(key, key)
    if binding.key_display or len(key) != 1 or not key.isprintable():
        return None
    if "ctrl" in modifiers:
        modifiers.remove("ctrl")
        key = f"^{key}"
    return "+".join([*modifiers, key])
