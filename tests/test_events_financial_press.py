"""Event rules found on North American and European financial-daily pages (invented, written blind by a
helper and read after scoring): long sentences whose sides are told in relative clauses, infinitives,
participation phrases or by the one reporting, town governments named like countries, and pairs of
office holders. On invented sentences; the tests that also pass without the rule are guards, said so in
their comments."""

from tests.test_events_trade_press import chain_events

# ---- town governments and departments ------------------------------------------------------------

def test_a_city_government_named_like_a_country_is_an_organisation():
    body = ("The City of Lebanon on Monday awarded a $4.2 million contract to replace water mains on the city's north "
            "side to Keystate Pipe & Paving Co., a local contractor.")
    assert chain_events(body) == [("contract", ["City of Lebanon", "Keystate Pipe & Paving Co"])]
