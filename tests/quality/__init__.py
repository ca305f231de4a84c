"""Helpers for tests/test_quality.py: tools, a sub-path server, a crawler, feed checks."""
