"""raiassess: responsible-AI self-assessment."""

__version__ = "0.1.0"
