"""The main window's pages as tests reach them."""

from __future__ import annotations

from typing import TypeVar

from nursingqc.ui.main_window import MainWindow
from nursingqc.ui.pages.page import Page

P = TypeVar("P", bound=Page)


def page_of(window: MainWindow, page_class: type[P]) -> P:
    """The window's page of that class, which the actor's role must see."""
    page = window.page(page_class)
    assert page is not None, f"{page_class.__name__} is not shown to {window.actor.role}"
    return page
