"""Text from files, drawn as text: never read as Textual or Rich markup.

Routine files are shared between people, so every string from a file (titles, names,
steps, history records, file names in messages) reaches the screen through here or a
widget made with `markup=False`: `[/]` is shown, not parsed, and `[@click=app.quit]` is
not a link. Our own styling is markup around `$names`, which Textual fills in as plain
text.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.fuzzy import Matcher


def plain(text: str) -> Content:
    return Content(text)


def styled(markup: str, **values: object) -> Content:
    """Our markup with file text in it as plain text: styled("[b]$title[/b]", title=t)."""
    return Content.from_markup(markup, **values)


def cell(text: str) -> Text:
    """For widgets that take Rich renderables and read a str as markup (DataTable, Select)."""
    return Text(text)


def highlighted(matcher: Matcher, text: str) -> Content:
    """The palette's fuzzy highlight, on the text as text (Matcher.highlight parses it)."""
    content = Content(text)
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
