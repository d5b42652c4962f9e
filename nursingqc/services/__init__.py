"""Use cases: each method checks permission, runs one transaction, and returns plain values."""
