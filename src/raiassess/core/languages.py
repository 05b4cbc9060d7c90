"""The languages raiassess speaks; apart from ``text`` so the app starts without pydantic."""

from __future__ import annotations

DEFAULT_LANGUAGE = "en"
"""The language every questionnaire is written in, and every text falls back to."""

LANGUAGES = ("en", "fr")
"""The languages raiassess itself is written in: its interface and its reports."""
