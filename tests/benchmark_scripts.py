"""Importing a script of benchmarks/ in a test, from its folder as it runs (its sibling imports too)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

FOLDER = str(Path(__file__).resolve().parents[1] / "benchmarks")


def benchmark_script(name: str) -> ModuleType:
    """The module of benchmarks/<name>.py."""
    if FOLDER not in sys.path:
        sys.path.insert(0, FOLDER)
    return importlib.import_module(name)
