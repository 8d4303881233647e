"""The Textual app: a thin view that ticks the engine and draws its snapshot."""
