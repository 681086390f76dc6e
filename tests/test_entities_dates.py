"""Date mentions: absolute forms, relative forms resolved against the publication date."""

import datetime

import pytest

from assets.entities.dates import find_dates
from assets.entities.types import DATE_RESOLUTIONS, SentenceLocator

PUBLISHED = datetime.date(2017, 6, 8)  # a Thursday in ISO week 23


def dates(text, published=PUBLISHED, model_spans=()):
    found = find_dates(text, published, SentenceLocator([(0, len(text))]), model_spans)
    for date in found:
        assert text[date.start:date.end] == date.text
        assert date.resolution in DATE_RESOLUTIONS
    return [(d.text, d.value, d.resolution) for d in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The accord was signed on June 8, 2017 in Astana.", ("June 8, 2017", "2017-06-08", "day")),
        ("The accord was signed on 8 June 2017 in Astana.", ("8 June 2017", "2017-06-08", "day")),
        ("Talks resumed in March 2016 after a pause.", ("March 2016", "2016-03", "month")),
        ("The fund was launched in 2015 by Beijing.", ("2015", "2015", "year")),
        ("Filing date: 2016-11-30.", ("2016-11-30", "2016-11-30", "day")),
        ("Ministers meet this week in Bishkek.", ("this week", "2017-W23", "week")),
        ("Trade fell sharply last year.", ("last year", "2016", "year")),
        ("Shipments will resume next month.", ("next month", "2017-07", "month")),
        ("The line has been planned since 2013.", ("since 2013", "2013/2017-06-08", "year")),
        ("The projects run over five years.", ("five years", "P5Y", "duration")),
        ("Output rose over the past two decades.", ("the past two decades", "P20Y", "duration")),
    ],
)
def test_forms(text, expected):
    assert dates(text) == [expected]


def test_month_without_year_is_latest_not_after_publication():
    assert dates("In February and in December, envoys met.") == [
        ("February", "2017-02", "month"), ("December", "2016-12", "month")]


def test_ranges():
    found = find_dates("Envoys met this week and last year.", PUBLISHED, SentenceLocator([(0, 40)]))
    week, year = found
    assert (week.date_start, week.date_end) == (datetime.date(2017, 6, 5), datetime.date(2017, 6, 11))
    assert (year.date_start, year.date_end) == (datetime.date(2016, 1, 1), datetime.date(2016, 12, 31))
    (past,) = find_dates("for the past five years", PUBLISHED, SentenceLocator([(0, 30)]))
    assert (past.date_start, past.date_end) == (datetime.date(2012, 6, 8), PUBLISHED)


def test_weekday_is_latest_such_day_not_after_publication():
    assert dates("The minister said on Monday that talks failed.") == [("Monday", "2017-06-05", "day")]


def test_names_and_numbers_are_not_years():
    assert dates("Visitors at Expo 2017 paid $2017 for 2,017 tickets, up 2015%.") == []


def test_modal_may_is_not_a_month():
    assert dates("May said the bank may lend more.") == []
    assert dates("The loan was signed in May.") == [("May", "2017-05", "month")]


def test_relative_dates_without_publication_date_are_unresolved():
    assert dates("Ministers meet this week.", published=None) == [("this week", None, "unresolved")]


def test_model_date_spans_no_rule_covers_are_kept_unresolved():
    text = "The region was neglected for decades before the boom."
    start = text.index("decades")
    assert dates(text, model_spans=[(start, start + 7)]) == [("decades", None, "unresolved")]
    assert dates("It was a daily event.", model_spans=[(9, 14)]) == []


def notes(text, published=PUBLISHED, model_spans=()):
    return [(d.text, d.note) for d in find_dates(text, published, SentenceLocator([(0, len(text))]), model_spans)]


def test_future_cue_makes_a_bare_month_the_next_one():
    assert dates("The envoys said a deal would be signed in March.") == [("March", "2018-03", "month")]
    assert dates("The envoys met in March, before the deal.") == [("March", "2017-03", "month")]


def test_future_cue_makes_a_weekday_the_next_one():
    assert dates("Ministers are due to meet on Tuesday.") == [("Tuesday", "2017-06-13", "day")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Output doubled in the first half of 2015.", ("first half of 2015", "2015-H1", "half")),
        ("Sales fell in the third quarter of last year.", ("third quarter of last year", "2016-Q3", "quarter")),
        ("The mills were built in the 1960s.", ("1960s", "196X", "decade")),
        ("The idea surfaced three years ago.", ("three years ago", "2014", "year")),
    ],
)
def test_parts_of_years_decades_and_ago(text, expected):
    assert dates(text) == [expected]


def test_model_spans_of_bare_durations_become_durations():
    text = "The bonds have a 30-year term and pay for 12 years."
    start = text.index("30-year")
    assert dates(text, model_spans=[(start, start + 7)]) == [
        ("30-year", "P30Y", "duration"), ("12 years", "P12Y", "duration")]


def test_unresolved_dates_say_why():
    assert notes("Ministers meet this week.", published=None) == [
        ("this week", "relative to the publication date, which is unknown")]
    text = "Growth stalled for decades."
    start = text.index("decades")
    assert notes(text, model_spans=[(start, start + 7)]) == [
        ("decades", "recognised by the language model; no rule normalises it")]
    assert notes("The fund opened in 2015.") == [("2015", None)]


def test_hours_and_minutes_are_time_durations():
    text = "Over the past 24 hours the ferry waited; it sailed two hours ago after a 45-minute delay."
    delay = text.index("45-minute")
    found = find_dates(text, PUBLISHED, SentenceLocator([(0, len(text))]), [(delay, delay + 9)])
    assert [(d.text, d.value, d.resolution) for d in found] == [
        ("the past 24 hours", "PT24H", "duration"), ("two hours ago", "2017-06-08", "day"),
        ("45-minute", "PT45M", "duration")]
    assert (found[0].date_start, found[0].date_end) == (datetime.date(2017, 6, 7), PUBLISHED)


def test_clock_time_spans_of_the_model_are_kept_unresolved():
    text = "The polls opened at 7 a.m. sharp."
    start = text.index("7 a.m.")
    (time,) = find_dates(text, PUBLISHED, SentenceLocator([(0, len(text))]), [(start, start + 6)])
    assert (time.text, time.value, time.resolution) == ("7 a.m.", None, "unresolved")


def test_modifiers_stay_in_the_span_prepositions_and_qualifiers_do_not():
    assert dates("Last Wednesday the envoy left; he will return in early July.") == [
        ("Last Wednesday", "2017-06-07", "day"), ("early July", "2017-07", "month")]
    text = "The siege lasted nearly 12 months."
    start = text.index("nearly")
    assert dates(text, model_spans=[(start, start + len("nearly 12 months"))]) == [
        ("12 months", "P12M", "duration")]


@pytest.mark.parametrize("published", [datetime.date.min, datetime.date.max])
def test_relative_dates_counted_past_the_calendars_ends_are_left_out_not_a_failure(published):
    # a page's metadata may carry a placeholder date: the article's other dates still come out
    found = dates("The talks were held on Tuesday and again last week, and resume on 8 June 2017.", published)
    assert ("8 June 2017", "2017-06-08", "day") in found
    assert all(text not in ("Tuesday", "last week") or value for text, value, _ in found)
