"""One answer editor per question type.

Each editor shows a value in the canonical form of ``raiassess.core.answers`` (an
option id, a list of ids, an int, a number, text, an ISO date, or ``None`` for no
answer) and emits ``answerEdited`` with the new value when the *user* changes it;
``set_value`` never emits, so undo and reloading do not echo back as edits.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from raiassess.core.questionnaire import Question
from raiassess.core.text import localized
from raiassess.gui.look import dim
from raiassess.gui.text_area import CommitTextEdit

#: Scales with more steps than this are a slider instead of a row of buttons.
MAX_SEGMENTS = 11


class AnswerEditor(QWidget):
    """The base of the editors: the signal and the value protocol."""

    answerEdited = Signal(object)

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language

    def value(self) -> Any:
        """The answer shown, in canonical form, or None."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show an answer without emitting ``answerEdited``."""
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The control that takes the keyboard focus when the question becomes current."""
        return self

    def flush(self) -> None:
        """Give out the answer being typed, if the editor waits for a pause in typing
        (only the text editor does; the others give out each change at once)."""

    def _label(self, text: dict[str, str] | None) -> str:
        return localized(text, self.language)


class OptionLabel(QLabel):
    """The wrapping text of an option; clicking it clicks its button, as a label should."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.button = button
        self.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # a wrapping label's height depends on its width
        self.setSizePolicy(policy)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Click the option."""
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
        super().mouseReleaseEvent(event)


def _option_row(layout: QVBoxLayout | QHBoxLayout, button: QAbstractButton, text: str,
                parent: QWidget, wrap: bool) -> QLabel | None:
    """Add an option: short texts on the button itself, long ones in a wrapping label.

    Qt's radio buttons and check boxes never wrap their text, so a long option would
    widen the page past the window instead of going to a second line.
    """
    button.setAccessibleName(text)
    if not wrap:
        button.setText(text)
        layout.addWidget(button)
        return None
    row = QHBoxLayout()
    row.setSpacing(6)
    label = OptionLabel(text, button, parent)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    layout.addLayout(row)
    return label


class ChoiceEditor(AnswerEditor):
    """single_choice and yes_no: radio buttons, one per option."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self) if question.type == "yes_no" else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.labels: dict[str, str] = {}
        for option in question.options or ():
            text = question.option_label(option.id, language)
            button = QRadioButton(self)
            button.setObjectName(f"option_{option.id}")
            self.group.addButton(button)
            self.buttons[option.id] = button
            self.labels[option.id] = text
            _option_row(layout, button, text, self, wrap=question.type != "yes_no")
        if isinstance(layout, QHBoxLayout):
            layout.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        self.answerEdited.emit(self.value())

    def value(self) -> Any:
        """The chosen option id, or None."""
        return next((oid for oid, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: Any) -> None:
        """Check the option of a value (none for None)."""
        # An exclusive group cannot uncheck its last button; lift it for a moment.
        self.group.setExclusive(False)
        for oid, button in self.buttons.items():
            with QSignalBlocker(button):
                button.setChecked(oid == value)
        self.group.setExclusive(True)

    def focus_target(self) -> QWidget:
        """The checked option, else the first."""
        return next((b for b in self.buttons.values() if b.isChecked()),
                    next(iter(self.buttons.values())))


class MultiChoiceEditor(AnswerEditor):
    """multi_choice: a check box per option."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.labels: dict[str, str] = {}
        for option in question.options or ():
            text = question.option_label(option.id, language)
            box = QCheckBox(self)
            box.setObjectName(f"option_{option.id}")
            box.clicked.connect(lambda checked, oid=option.id: self._ticked(oid, checked))
            self.boxes[option.id] = box
            self.labels[option.id] = text
            _option_row(layout, box, text, self, wrap=True)

    def _ticked(self, option_id: str, checked: bool) -> None:
        """An option chosen alone ("None", "not applicable") unticks the others, and any
        other option unticks it: the answer stays one the questionnaire accepts."""
        if checked:
            alone = {o.id for o in self.question.options or ()
                     if o.exclusive or o.not_applicable}
            for oid, box in self.boxes.items():
                if oid != option_id and (option_id in alone or oid in alone):
                    with QSignalBlocker(box):
                        box.setChecked(False)
        self.answerEdited.emit(self.value())

    def value(self) -> Any:
        """The checked option ids in the questionnaire's order, or None when none is."""
        chosen = [oid for oid, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        """Check the options listed in a value."""
        chosen = set(value or ())
        for oid, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(oid in chosen)

    def focus_target(self) -> QWidget:
        """The first check box."""
        return next(iter(self.boxes.values()))


class ScaleEditor(AnswerEditor):
    """scale: a row of numbered buttons between the end labels (a slider for long scales)."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        spec = question.scale
        assert spec is not None
        self.spec = spec
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        steps = spec.max - spec.min + 1
        self.group: QButtonGroup | None = None
        self.slider: QSlider | None = None
        self.buttons: dict[int, QPushButton] = {}
        if steps <= MAX_SEGMENTS:
            self.group = QButtonGroup(self)
            for column, step in enumerate(range(spec.min, spec.max + 1)):
                button = QPushButton(str(step), self)
                button.setCheckable(True)
                button.setObjectName(f"step_{step}")
                button.setAccessibleName(self.tr("{value} on the scale").format(value=step))
                button.setMinimumWidth(40)
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                self.group.addButton(button, step)
                self.buttons[step] = button
                grid.addWidget(button, 0, column)
            self.group.idClicked.connect(self.answerEdited.emit)
            span = steps
        else:
            self.slider = QSlider(Qt.Orientation.Horizontal, self)
            self.slider.setRange(spec.min, spec.max)
            self.slider.setAccessibleName(localized(question.text, language))
            self.slider.setTracking(False)  # one answer when released, not one per pixel
            self.readout = QLabel(self.tr("Not answered"), self)
            self.slider.valueChanged.connect(self._slid)
            grid.addWidget(self.slider, 0, 0, 1, 2)
            grid.addWidget(self.readout, 0, 2)
            span = 2
        low = QLabel(f"{spec.min} — {self._label(spec.min_label)}" if spec.min_label
                     else str(spec.min), self)
        high = QLabel(f"{self._label(spec.max_label)} — {spec.max}" if spec.max_label
                      else str(spec.max), self)
        for label in (low, high):
            label.setObjectName("scaleEnd")
            dim(label, -1)
            label.setWordWrap(True)
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        half = max(1, span // 2)
        grid.addWidget(low, 1, 0, 1, half)
        grid.addWidget(high, 1, half, 1, span - half)
        self.setAccessibleName(self.tr("Scale from {low} to {high}").format(
            low=spec.min, high=spec.max))

    def _slid(self, step: int) -> None:
        self.readout.setText(str(step))
        self.answerEdited.emit(step)

    def value(self) -> Any:
        """The chosen step, or None."""
        if self.group is not None:
            step = self.group.checkedId()
            return step if step in self.buttons else None
        return self._slider_value

    _slider_value: int | None = None

    def set_value(self, value: Any) -> None:
        """Show a step (none for None)."""
        if self.group is not None:
            self.group.setExclusive(False)
            for step, button in self.buttons.items():
                with QSignalBlocker(button):
                    button.setChecked(step == value)
            self.group.setExclusive(True)
            return
        assert self.slider is not None
        self._slider_value = value
        with QSignalBlocker(self.slider):
            self.slider.setValue(self.spec.min if value is None else int(value))
        self.readout.setText(self.tr("Not answered") if value is None else str(value))

    def focus_target(self) -> QWidget:
        """The chosen step's button, else the first; or the slider."""
        if self.slider is not None:
            return self.slider
        checked = self.group.checkedButton() if self.group else None
        return checked or next(iter(self.buttons.values()))


class NumberEditor(AnswerEditor):
    """number: a spin box with the unit; the value below the range reads "Not answered"."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        spec = question.number
        assert spec is not None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spin = QDoubleSpinBox(self)
        self.spin.setObjectName("numberInput")
        self.spin.setDecimals(0 if spec.integer else 2)
        low = spec.min if spec.min is not None else -1e12
        # One step below the smallest answer stands for "no answer".
        self.sentinel = low - 1
        self.spin.setRange(self.sentinel, spec.max if spec.max is not None else 1e12)
        self.spin.setSpecialValueText(self.tr("Not answered"))
        self.spin.setValue(self.sentinel)
        self.spin.setKeyboardTracking(False)  # one answer per Enter or focus change
        self.spin.setMinimumWidth(160)
        unit = self._label(spec.unit)
        if unit:
            self.spin.setSuffix(f" {unit}")
        self.spin.setAccessibleName(localized(question.text, language))
        self.spin.valueChanged.connect(self._changed)
        layout.addWidget(self.spin)
        layout.addStretch(1)

    def _changed(self, number: float) -> None:
        self.answerEdited.emit(self.value())

    def value(self) -> Any:
        """The number, as an int when whole, or None."""
        number = self.spin.value()
        if number <= self.sentinel:
            return None
        return int(number) if float(number).is_integer() else number

    def set_value(self, value: Any) -> None:
        """Show a number (the "Not answered" text for None)."""
        with QSignalBlocker(self.spin):
            self.spin.setValue(self.sentinel if value is None else float(value))

    def focus_target(self) -> QWidget:
        """The spin box."""
        return self.spin


class DateEditor(AnswerEditor):
    """date: a date field with a calendar; its first day reads "No date"."""

    SENTINEL = QDate(1900, 1, 1)

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit(self)
        self.edit.setObjectName("dateInput")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(self.SENTINEL)
        self.edit.setSpecialValueText(self.tr("No date"))
        self.edit.setKeyboardTracking(False)
        self.edit.setMinimumWidth(160)
        self.edit.setAccessibleName(localized(question.text, language))
        self.edit.setDate(self.SENTINEL)
        # With no date yet the calendar should open on this month, not on January 1900.
        self.edit.calendarWidget().installEventFilter(self)
        self.edit.dateChanged.connect(lambda _date: self.answerEdited.emit(self.value()))
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> Any:
        """The date as ``YYYY-MM-DD``, or None."""
        date = self.edit.date()
        if date == self.SENTINEL:
            return None
        return dt.date(date.year(), date.month(), date.day()).isoformat()

    def set_value(self, value: Any) -> None:
        """Show a date (the "No date" text for None)."""
        with QSignalBlocker(self.edit):
            if value is None:
                self.edit.setDate(self.SENTINEL)
            else:
                day = dt.date.fromisoformat(str(value))
                self.edit.setDate(QDate(day.year, day.month, day.day))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Turn the calendar to this month when it opens on "No date"."""
        if event.type() == QEvent.Type.Show and self.edit.date() == self.SENTINEL:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        """The date field."""
        return self.edit


class TextEditor(AnswerEditor):
    """text: a text area."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = CommitTextEdit(self)
        self.edit.setObjectName("textInput")
        self.edit.setPlaceholderText(self.tr("Type your answer"))
        self.edit.setFixedHeight(88)
        self.edit.setAccessibleName(localized(question.text, language))
        self.edit.committed.connect(self._committed)
        layout.addWidget(self.edit)
        self._shown: str | None = None

    def _committed(self) -> None:
        value = self.value()
        if value != self._shown:
            self._shown = value
            self.answerEdited.emit(value)

    def value(self) -> Any:
        """The text, or None when blank."""
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        """Show a text."""
        self._shown = value
        self.edit.set_text_quietly(value or "")

    def focus_target(self) -> QWidget:
        """The text area."""
        return self.edit

    def flush(self) -> None:
        """Give out the text typed, if it waits for a pause."""
        self.edit.flush()


EDITORS: dict[str, type[AnswerEditor]] = {
    "single_choice": ChoiceEditor,
    "yes_no": ChoiceEditor,
    "multi_choice": MultiChoiceEditor,
    "scale": ScaleEditor,
    "number": NumberEditor,
    "date": DateEditor,
    "text": TextEditor,
}


def editor_for(question: Question, language: str, parent: QWidget | None = None
               ) -> AnswerEditor:
    """The editor of a question's type."""
    return EDITORS[question.type](question, language, parent)
