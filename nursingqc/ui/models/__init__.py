"""Qt item models over service data."""
