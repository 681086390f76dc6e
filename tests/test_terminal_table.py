"""Query results fitted to a terminal: no column lost, long values cut with an ellipsis."""

from datetime import date

from pipelines.terminal_table import cell_text, fitted_widths, render_table


def test_narrow_columns_keep_their_width_and_wide_ones_share_the_rest():
    assert fitted_widths([3, 10, 4], 40) == [3, 10, 4]
    assert fitted_widths([3, 100, 60], 40) == [3, 18, 18]
    assert fitted_widths([30] * 20, 40) == [6] * 20  # too many columns: the table outgrows the terminal


def test_values_show_as_an_analyst_reads_them():
    assert cell_text(None) == "NULL"
    assert cell_text(["Kazakhstan", None, [1, 2]]) == "[Kazakhstan, NULL, [1, 2]]"
    assert cell_text({"title": "minister"}) == "{title: minister}"
    assert cell_text(date(2017, 6, 8)) == "2017-06-08"
    assert cell_text(0.1 + 0.2) == "0.3" and cell_text(2.5e9) == "2500000000"
    assert cell_text("two\nlines") == "two⏎lines"


def test_a_wide_table_is_cut_with_ellipses_and_keeps_every_column():
    columns = ["event_type", "agent", "sentence", "usd_max"]
    rows = [("lend", "Export-Import Bank of China", "The bank agreed to lend $1.5bn to Kazakhstan " * 3, 1.5e9)]
    text = render_table(columns, rows, width=60)
    header, _, row, footer = text.splitlines()
    assert header.split() == columns and len(row) <= 60 and row.count("…") == 2
    assert row.rstrip().endswith("1500000000")  # numbers right-aligned, whole
    assert footer == "(1 row)"


def test_wrapping_folds_long_values_onto_more_lines_instead():
    text = render_table(["column", "description"], [("usd_max", "amount_max in USD; NULL when no offline rate exists.")],
                        width=30, wrap=True)
    assert "exists." in text and "…" not in text and all(len(line) <= 30 for line in text.splitlines())


def test_no_rows_and_capped_rows_say_so():
    assert render_table(["a"], []) == "(no rows)"
    text = render_table(["a"], [(i,) for i in range(5)], max_rows=2)
    assert text.splitlines()[-1] == "(5 rows, first 2 shown: --max-rows N or --format csv for more)"


def test_audit_prints_every_row_whole_with_the_query_printer(tmp_path, monkeypatch, capsys):
    from pipelines.cli import main
    from warehouse.db import mark_batch, write_transaction

    monkeypatch.setenv("WIREHOUSE_HOME", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "80")
    message = "the body is mostly not letters (emoji, symbols, numbers) " * 3
    with write_transaction() as con:
        mark_batch(con, "b1", "published")
        con.executemany("INSERT INTO audit.quarantine VALUES ('b1', ?, 'parsed', 'not_prose', NULL, NULL, ?, now()::TIMESTAMP)",
                        [[f"article-{i:02d}", message] for i in range(45)])
    capsys.readouterr()
    assert main(["audit", "b1"]) == 0
    out = capsys.readouterr().out
    assert "|" not in out and "…" not in out  # not tabulate's pipes; long values folded, not cut
    assert all(f"article-{i:02d}" in out for i in range(45)) and "(45 rows)" in out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "NULL" in out  # the printer's NULL, where tabulate left the cell blank
