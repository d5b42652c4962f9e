"""The ``nursingqc`` command: opens the program, or runs a subcommand without a screen."""

#: Exit codes: success; refused with a clear reason and nothing changed; wrong arguments;
#: unexpected error (details in the log file).
EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3
