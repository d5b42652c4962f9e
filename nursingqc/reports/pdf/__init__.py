"""Printed documents (reportlab): the rectification notice and blank checklists for paper rounds.

They take plain dataclasses and domain definitions, never database rows, and write to a path or a
binary stream; a ``progress(done, total)`` callback that returns False cancels without writing.
"""
