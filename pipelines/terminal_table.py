"""Rows as a table for a terminal (rich): columns fitted to its width, a long value cut with an
ellipsis (or, with `wrap`, folded onto more lines), numbers right-aligned, lists shown as lists,
NULL as NULL, one line per value (its line breaks shown as ⏎)."""

from __future__ import annotations

import io
import shutil
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from numbers import Number

DEFAULT_MAX_ROWS = 40
NULL = "NULL"
MIN_COLUMN_WIDTH = 6  # "Expor…": enough to tell values apart
COLUMN_GAP = 2


def cell_text(value) -> str:
    """A value as the table shows it: [a, b] for a list, {k: v} for a struct, ISO dates."""
    if value is None:
        return NULL
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cell_text(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {cell_text(item)}" for key, item in value.items()) + "}"
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if isinstance(value, float):
        return format(value, ".15g")  # 1500000000, 0.25: no float noise, no exponent below 1e15
    return str(value).replace("\r\n", "⏎").replace("\n", "⏎")


def terminal_width() -> int:
    """The terminal's columns ($COLUMNS first; 80 when output goes to a file or a pipe)."""
    return shutil.get_terminal_size(fallback=(80, 24)).columns


def fitted_widths(natural: Sequence[int], available: int, least: int = MIN_COLUMN_WIDTH) -> list[int]:
    """Column widths that fit `available` cells: narrow columns keep their width, the wide ones
    share the rest equally (cut at the same cap). Never below `least` (or a column's natural
    width): a table of many columns can outgrow a narrow terminal rather than lose a column."""
    if sum(natural) <= available:
        return list(natural)
    low, high = least, max(natural)
    while low < high:  # the largest cap whose widths still fit
        cap = (low + high + 1) // 2
        if sum(min(width, cap) for width in natural) <= available:
            low = cap
        else:
            high = cap - 1
    return [min(width, low) for width in natural]


def render_table(columns: Sequence[str], rows: Sequence[Sequence], *, width: int | None = None,
                 max_rows: int | None = DEFAULT_MAX_ROWS, wrap: bool = False) -> str:
    """The table as text, at most `max_rows` rows (None or 0: all), with a line saying how many
    rows there are and how many are shown."""
    from rich import box
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    if not rows:
        return "(no rows)"
    shown = rows[:max_rows] if max_rows else rows
    cells = [[cell_text(value) for value in row] for row in shown]
    natural = [max([cell_len(name)] + [cell_len(row[index]) for row in cells]) for index, name in enumerate(columns)]
    widths = fitted_widths(natural, (width or terminal_width()) - COLUMN_GAP * (len(columns) - 1))
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, COLUMN_GAP // 2),
                  header_style="bold", collapse_padding=True)
    for index, (name, column_width) in enumerate(zip(columns, widths)):
        numeric = all(isinstance(row[index], (Number, Decimal)) and not isinstance(row[index], bool)
                      for row in shown if row[index] is not None)
        table.add_column(Text(name), justify="right" if numeric else "left", width=column_width,
                         no_wrap=not wrap, overflow="fold" if wrap else "ellipsis")
    for row in cells:
        table.add_row(*(Text(cell) for cell in row))
    out = io.StringIO()
    Console(file=out, width=sum(widths) + COLUMN_GAP * len(columns), color_system=None, force_terminal=False,
            highlight=False, soft_wrap=False).print(table)
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''}"
    footer += f", first {len(shown)} shown: --max-rows N or --format csv for more)" if len(shown) < len(rows) else ")"
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n" + footer
