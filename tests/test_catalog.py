"""The data dictionary lives in the DDL (COMMENT ON); the Dagster catalog, the README and
`wirehouse tables` / `describe` are made from it (issue 13 items 1, 2 and 4)."""

import duckdb
import pytest

from warehouse.catalog import (
    README,
    dictionary_markdown,
    read_catalog,
    readme_with_dictionary,
    schema_catalog,
    uncommented,
)


def test_every_table_view_and_column_has_a_comment():
    missing = uncommented(schema_catalog())
    assert not missing, (
        f"{len(missing)} table(s)/column(s) without a COMMENT ON (add it in the migration or in "
        f"analytics.sql, then `make dictionary`): {', '.join(missing)}"
    )


def test_every_layer_has_its_tables_in_the_catalog():
    catalog = schema_catalog()
    kinds = {(relation.schema, relation.kind) for relation in catalog.values()}
    assert kinds == ({(s, "table") for s in ("raw", "parsed", "entities", "star", "audit")}
                     | {("analytics", "view"), ("parsed", "view")})  # parsed.section_texts
    assert [c.name for c in catalog["star.fact_event"].columns][:2] == ["event_key", "article_key"]


def test_the_readme_dictionary_is_the_ddls():
    current = README.read_text(encoding="utf-8")
    assert readme_with_dictionary(current, dictionary_markdown(schema_catalog())) == current, (
        "warehouse/README.md's dictionary differs from the DDL's comments: run `make dictionary`"
    )


def test_the_dictionary_escapes_markdown_in_comments():
    markdown = dictionary_markdown(schema_catalog())
    assert "### `star.fact_event`" in markdown and "### `analytics.events` (view)" in markdown
    assert "data/batches/\\<batch_id>/" in markdown  # not an HTML tag


def test_readme_without_the_markers_is_refused():
    with pytest.raises(ValueError, match="no dictionary section"):
        readme_with_dictionary("# a README\n", "dictionary")


@pytest.fixture
def published(wirehouse_home):
    from pipelines.settings import Settings
    from tests.test_warehouse_db import rejects
    from warehouse.db import mark_batch, publish, replace_batch, write_transaction

    settings = Settings.from_env()
    with write_transaction(settings) as con:
        replace_batch(con, "raw.rejects", "b1", rejects("b1"))
        mark_batch(con, "b1", "published")
    publish(settings)
    return settings


def test_the_published_file_answers_what_a_column_means_from_any_client(published):
    with duckdb.connect(str(published.warehouse_db), read_only=True) as con:
        catalog = read_catalog(con)
        assert not uncommented(catalog, ("star", "analytics")), uncommented(catalog, ("star", "analytics"))
        assert set(catalog) == set(schema_catalog())
        comment = con.execute(
            "SELECT comment FROM duckdb_columns() WHERE schema_name = 'analytics' AND table_name = 'money_amounts' "
            "AND column_name = 'vague'").fetchone()[0]
    assert "order of magnitude" in comment


# --- Dagster catalog -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def asset_graph():
    from pipelines.definitions import defs

    return defs.resolve_asset_graph()


def test_every_table_and_view_is_an_asset_described_by_its_comments(asset_graph):
    import dagster as dg

    for name, relation in schema_catalog().items():
        node = asset_graph.get(dg.AssetKey(name.split(".")))
        assert node.description == relation.comment, name
        columns = node.metadata["dagster/column_schema"].columns
        assert [(c.name, c.type, c.description) for c in columns] == [
            (c.name, c.data_type, c.comment) for c in relation.columns], name
        expected_group = {"audit": "publish"}.get(relation.schema, relation.schema)
        assert node.group_name == expected_group, name


def test_table_lineage_runs_fact_from_dimensions_from_layer_tables(asset_graph):
    import dagster as dg

    def parents(name: str) -> set[str]:
        return {".".join(key.path) for key in asset_graph.get(dg.AssetKey(name.split("."))).parent_keys}

    assert {"star.dim_event_type", "star.dim_entity", "star.fact_money_amount", "entities.events"} <= parents("star.fact_event")
    assert parents("star.dim_entity") == {"entities.entities", "star.dim_entity_type"}
    # a layer's tables are loaded from its compute step, which follows every table of the layer
    # before it (so a failed blocking check on any of them stops the compute)
    assert parents("entities.mentions") == {"entities_stage"}
    assert {"parsed.articles", "parsed.sentences", "parsed.captions"} <= parents("entities_stage")
    assert parents("parsed.sentences") == {"parsed_stage"}
    assert parents("parsed_stage") == {"raw.articles", "raw.rejects", "raw.duplicates"}
    assert {"star.fact_event", "star.bridge_event_party", "star.dim_entity"} <= parents("analytics.events")
    star_tables = {name for name, r in schema_catalog().items() if r.schema == "star"}
    assert parents("published_warehouse") == star_tables  # any failed blocking star check stops publishing


def test_each_layer_loads_in_one_step_after_its_compute_and_the_job_runs_them_all():
    from pipelines.definitions import defs

    job = defs.resolve_job_def("ingest_batch")
    steps = {node.name for node in job.graph.nodes}
    assert steps == {"raw_articles", "parsed_stage", "parsed_articles", "entities_stage", "article_entities",
                     "star_schema", "published_warehouse",
                     "raw_checks", "parsed_checks", "entities_checks", "star_checks"}


# --- wirehouse tables / describe / query -------------------------------------------------------


def test_tables_lists_every_table_and_view_with_rows_and_descriptions(published, capsys, monkeypatch):
    from pipelines.cli import main

    monkeypatch.setenv("COLUMNS", "200")
    assert main(["tables"]) == 0
    out = capsys.readouterr().out
    for name in schema_catalog():
        assert name in out, name
    [rejects] = [line for line in out.splitlines() if line.startswith("raw.rejects ")]
    assert rejects.split()[1:3] == ["table", "1"] and "did not become an article" in rejects
    assert main(["tables", "analytics"]) == 0
    out = capsys.readouterr().out
    names = [line.split()[0] for line in out.splitlines()[2:-1] if line[0] != " "]
    assert names == [name for name in schema_catalog() if name.startswith("analytics.")]
    assert main(["tables", "nowhere"]) == 2
    assert "the schemas are raw, parsed" in capsys.readouterr().err


def test_describe_prints_each_column_with_its_type_and_comment(published, capsys, monkeypatch):
    from pipelines.cli import main

    monkeypatch.setenv("COLUMNS", "120")
    assert main(["describe", "fact_money_amount"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("star.fact_money_amount (table, 0 rows): One money amount.")
    [usd_max] = [line for line in out.splitlines() if line.startswith("usd_max ")]
    assert usd_max.split()[1] == "DOUBLE" and "amount_max in USD" in usd_max
    assert all(len(line) <= 120 for line in out.splitlines())
    assert main(["describe", "analytics.events"]) == 0
    assert "agent_country" in capsys.readouterr().out


def test_describe_says_which_name_it_cannot_tell_apart_or_find(published, capsys):
    from pipelines.cli import main

    assert main(["describe", "articles"]) == 2
    assert "'articles' is in more than one schema: raw.articles, parsed.articles, analytics.articles" in capsys.readouterr().err
    assert main(["describe", "star.fact_evnt"]) == 2
    assert "did you mean star.fact_event" in capsys.readouterr().err


def test_tables_without_a_warehouse_says_how_to_make_one(wirehouse_home, capsys):
    from pipelines.cli import main

    assert main(["tables"]) == 2
    assert "run `wirehouse run`" in capsys.readouterr().err


def test_query_fits_wide_rows_to_the_terminal_and_caps_the_rows(published, capsys, monkeypatch):
    from pipelines.cli import main

    monkeypatch.setenv("COLUMNS", "70")
    wide = ("SELECT i, repeat('long text ', 20) AS sentence, ['Kazakhstan', 'China'] AS countries, "
            "NULL AS nothing, 1.5e9 AS usd FROM range(50) t(i)")
    assert main(["query", wide]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 70 for line in lines), lines
    assert lines[0].split() == ["i", "sentence", "countries", "nothing", "usd"]
    assert "…" in lines[2] and "NULL" in lines[2] and "1500000000" in lines[2]
    assert lines[-1] == "(50 rows, first 40 shown: --max-rows N or --format csv for more)"
    assert main(["query", wide, "--max-rows", "0"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "(50 rows)"
    assert main(["query", "SELECT ['Kazakhstan', 'China'] AS countries", "--max-rows", "5"]) == 0
    assert "[Kazakhstan, China]" in capsys.readouterr().out
