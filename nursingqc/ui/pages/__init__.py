"""Pages shown in the main window, one module per screen."""
