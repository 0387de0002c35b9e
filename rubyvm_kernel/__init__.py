"""The Ruby kernel for Jupyter: rubyvm behind ipykernel (see kernel.py). In a Python notebook,
`%load_ext rubyvm_kernel` adds the %%ruby, %%insns and %%step magics (extension.py)."""
from __future__ import annotations

__all__ = ["__version__", "load_ipython_extension", "unload_ipython_extension"]
__version__ = "0.1.0"


def load_ipython_extension(ipython):
    from .extension import load_ipython_extension as load
    load(ipython)


def unload_ipython_extension(ipython):
    from .extension import unload_ipython_extension as unload
    unload(ipython)
