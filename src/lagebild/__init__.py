"""lagebild: news articles to an evidence-linked situation picture."""

__version__ = "0.1.0"

from lagebild.analysis import analyze  # noqa: E402
from lagebild.records import Analysis  # noqa: E402

__all__ = ["Analysis", "__version__", "analyze"]
