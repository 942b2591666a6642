"""Plotly figure builders: frames in, ``go.Figure`` out; never ``show()`` or write files."""

from __future__ import annotations

__all__: list[str] = []
