"""Reproducible training of lagebild's German spaCy pipeline ``de_core``.

Everything is trained from the open data in ``../shared/data`` (see its README);
nothing is downloaded.  Entry point::

    python -m lagebild.training all [--data ../shared/data] [--build build/de_core]

Subcommands: ``convert``, ``ner``, ``ud``, ``assemble``, ``evaluate``, ``all``.
"""
