"""Reading articles from files, JSON Lines and folders into `ArticleInput`s.

Every item that cannot be read becomes an `InputError` naming the item; reading goes on.
"""

from lagebild.ingest.readers import (
    DEFAULT_MAX_BYTES,
    ArticleInput,
    InputError,
    count_articles,
    one_line,
    parse_json_line,
    read_inputs,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ArticleInput",
    "InputError",
    "count_articles",
    "one_line",
    "parse_json_line",
    "read_inputs",
]
