"""The Ruby kernel for Jupyter: rubyvm behind ipykernel (see kernel.py)."""
from __future__ import annotations

__all__ = ["__version__"]
__version__ = "0.1.0"
