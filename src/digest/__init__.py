"""digest: a static-site generator for a regional industrial-upgrading digest."""

__version__ = "0.1.0"
