"""The ``nursingqc`` command: opens the program, or runs a subcommand without a screen."""
