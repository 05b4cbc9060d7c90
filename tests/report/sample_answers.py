"""Kept for the importers outside tests/ (scripts/render-sample-report and
bench/bench_report.py): the sample answers now live in tests/helpers/sample_answers.py."""

from __future__ import annotations

from tests.helpers.sample_answers import sample_answers, with_hostile_text

__all__ = ["sample_answers", "with_hostile_text"]
