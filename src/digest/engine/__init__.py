"""The engine the stages use: caches, the worker pool, the up-to-date check, the output folder."""
