"""Light, dark, or following the system: palettes for the Fusion style.

Fusion draws the same on every platform and takes its colours from the palette, so
one pair of palettes gives both themes; "system" picks one from Qt's colour scheme
and follows it when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_LIGHT = {
    Role.Window: "#f4f5f7", Role.WindowText: "#1d2330", Role.Base: "#ffffff",
    Role.AlternateBase: "#f0f2f5", Role.Text: "#1d2330", Role.Button: "#eceef2",
    Role.ButtonText: "#1d2330", Role.Highlight: "#2f6fb3", Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#ffffe8", Role.ToolTipText: "#1d2330", Role.PlaceholderText: "#6b7280",
    Role.Link: "#1f5f9f", Role.Mid: "#c4c9d2", Role.Dark: "#9aa2ae", Role.Light: "#ffffff",
    Role.Midlight: "#e4e7ec", Role.Shadow: "#6b7280", Role.BrightText: "#ffffff",
}
_DARK = {
    # Base is lighter than Window: Fusion outlines radio buttons and check boxes with a
    # darker shade of Window, which must stand out against the cards drawn in Base.
    Role.Window: "#1c2026", Role.WindowText: "#e6e8eb", Role.Base: "#2f353f",
    Role.AlternateBase: "#343b46", Role.Text: "#e6e8eb", Role.Button: "#363d48",
    Role.ButtonText: "#e6e8eb", Role.Highlight: "#4a8fd6", Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#2b3039", Role.ToolTipText: "#e6e8eb", Role.PlaceholderText: "#8b93a0",
    Role.Link: "#7cb4f0", Role.Mid: "#3a404b", Role.Dark: "#121418", Role.Light: "#454c59",
    Role.Midlight: "#353b45", Role.Shadow: "#000000", Role.BrightText: "#ffffff",
}
_DISABLED_TEXT = {"light": "#9aa2ae", "dark": "#6b7280"}


def system_is_dark() -> bool:
    """Whether the platform asks for a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def effective_theme(theme: str) -> str:
    """``light`` or ``dark``: the theme to draw for a setting (``system`` resolved)."""
    if theme == "system":
        return "dark" if system_is_dark() else "light"
    return theme


def palette_for(theme: str) -> QPalette:
    """The palette of ``light`` or ``dark``."""
    colours = _DARK if theme == "dark" else _LIGHT
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(_DISABLED_TEXT[theme]))
    return palette


#: The command-line arguments that make a new QApplication draw with Fusion. Asking an
#: existing app for its style instead makes PySide6 build the Python class of QStyle
#: with its eleven enums, a few milliseconds that start-up can do without.
FUSION_ARGUMENTS = ("-style", "Fusion")


def apply_theme(app: QApplication, theme: str) -> str:
    """Draw the app in a theme setting; return the theme drawn (``light`` or ``dark``)."""
    drawn = effective_theme(theme)
    if not app.property("raiassessFusion"):
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setProperty("raiassessFusion", True)
    app.setPalette(palette_for(drawn))
    app.setProperty("raiassessTheme", drawn)
    sheet = app.styleSheet()
    if sheet:  # style sheets resolve palette() when a widget is polished: polish them again
        app.setStyleSheet("")
        app.setStyleSheet(sheet)
    return drawn


def current_theme() -> str:
    """The theme the app is drawn in now."""
    app = QApplication.instance()
    value = app.property("raiassessTheme") if app is not None else None
    return value if value in ("light", "dark") else "light"


def is_dark() -> bool:
    """Whether the app is drawn dark (charts and badges pick their colours by it)."""
    return current_theme() == "dark"
