"""`wirehouse run` says what went wrong in a failed step: the exception's type and message, not
only Dagster's "Error occurred while executing op"."""

import sys

from dagster._utils.error import serializable_error_info_from_exc_info

from pipelines.cli import describe_error


def error_info(raise_it):
    try:
        raise_it()
    except Exception:
        return serializable_error_info_from_exc_info(sys.exc_info())


def test_a_step_error_is_described_by_its_causes():
    import dagster as dg

    def failing_step():
        try:
            try:
                raise MemoryError("could not allocate block of size 1.1 MiB")
            except MemoryError as error:
                raise RuntimeError("parsing big.json (article 0123) failed") from error
        except RuntimeError as error:
            # Dagster's wrapper around a step's own error, as it shows in the run's events.
            raise dg.DagsterInvariantViolationError('Error occurred while executing op "parsed_articles"') from error

    described = describe_error(error_info(failing_step))
    assert described == ("RuntimeError: parsing big.json (article 0123) failed"
                         " <- caused by MemoryError: could not allocate block of size 1.1 MiB")


def test_an_error_of_dagster_alone_is_still_described():
    import dagster as dg

    def dagster_only():
        raise dg.DagsterInvariantViolationError("no such partition")

    assert describe_error(error_info(dagster_only)).endswith("DagsterInvariantViolationError: no such partition")


def test_an_interruption_is_found_in_the_context_of_the_error_it_led_to():
    """SIGTERM inside a DuckDB query raises "Query interrupted"; a statement the step then runs in
    the aborted transaction fails while handling it, so the interruption is that error's context."""
    import duckdb

    from pipelines.cli import _is_interruption

    def statement_after_an_interrupted_query():
        try:
            raise RuntimeError("Query interrupted")
        except RuntimeError:
            raise duckdb.TransactionException("Current transaction is aborted (please ROLLBACK)")

    def statement_after_another_error():
        try:
            raise ValueError("bad row")
        except ValueError:
            raise duckdb.TransactionException("Current transaction is aborted (please ROLLBACK)")

    assert _is_interruption(error_info(statement_after_an_interrupted_query))
    assert not _is_interruption(error_info(statement_after_another_error))
