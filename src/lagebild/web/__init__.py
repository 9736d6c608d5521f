"""The HTTP API and the dashboard, read-only over a lagebild database."""

from lagebild.web.app import create_app

__all__ = ["create_app"]
