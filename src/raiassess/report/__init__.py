"""The PDF impact assessment for ethics boards.

Reads plain data from ``raiassess.core`` and never imports Qt, the GUI or storage.

* :func:`render_report` writes the report to a path or a binary file, and
  :func:`render_report_bytes` returns it (for previews);
* :func:`read_report_fingerprint` reads back the assessment fingerprint a report
  carries, and :func:`verify_report` compares it with an assessment record.
"""

from raiassess.report.document import ProgressCallback, render_report, render_report_bytes
from raiassess.report.verify import (
    ReportReadError,
    Verification,
    read_report_fingerprint,
    verify_report,
)

__all__ = [
    "ProgressCallback",
    "ReportReadError",
    "Verification",
    "read_report_fingerprint",
    "render_report",
    "render_report_bytes",
    "verify_report",
]
