"""The session screen's widgets: big letters, the side band, the figure, lines of text,
and how the screen's space is shared out. None keeps time: they draw what they get, and
repaint only when what they get changes."""
