"""The Qt program: main window, pages, dialogs, widgets and item models. Talks to services only."""
