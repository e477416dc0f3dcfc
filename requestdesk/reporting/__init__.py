"""The request log and its periodic report.

Entry points (plain functions, for the CLI, the queue and the web app):
``report.build_report(session, period, settings) -> Report`` (read-only),
``report.record_report(session, report, created_by)`` (stores the snapshot),
``pdf.render_pdf(report) -> bytes``, ``files.render_csv`` / ``files.render_xlsx``,
``charts.charts_svg(report.totals)``, ``due_dates.overdue_entries`` / ``due_soon_entries`` /
``compute_due_on`` / ``assign_due_dates``, ``followups.link_followups`` / ``related_entries``.
"""
