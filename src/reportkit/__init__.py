"""reportkit: YAML report data to official DOCX and PDF documents (GB/T 9704-2012).

Plugin authors need only ``from reportkit import hookimpl``.
"""
from .hookspecs import hookimpl

__version__ = "0.1.0"
__all__ = ["hookimpl", "__version__"]
