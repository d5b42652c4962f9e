"""Dialogs: log-in, first start, reasons, campaign settings."""
