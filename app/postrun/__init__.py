"""postrun: a terminal coach for post-run stretching."""

__version__ = "0.1.0"
