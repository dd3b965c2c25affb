"""The matching rules of ANNOTATION.md, one table per field."""

from __future__ import annotations

import pytest

from pressextract.evaluate import match as m


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ("Record seizure of pangolin scales", "record  seizure of\nPangolin scales", True),
        ("Record seizure of pangolin scales", "Record seizure of pangolin scales!", False),
        ("Record seizure", "Record seizures", False),
    ],
)
def test_title_equal_after_lowercasing_and_collapsing_whitespace(gold, pred, same):
    assert m.title_match(gold, pred) is same


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        ("Lagos", "lagos", True),
        ("United States", "the United States", True),
        ("The Hague", "Hague", True),
        ("United States", "U.S.", True),
        ("United States", "US", True),
        ("United States", "USA", True),
        ("United States of America", "U.S.", True),
        ("United Kingdom", "U.K.", True),
        ("United Kingdom", "UK", True),
        ("New York", "New York City", True),  # words whole and in order inside the other
        ("New York City", "New York", True),
        ("Dallas, Texas", "Dallas", True),
        ("York", "New York", True),  # the rule as written: one word standing whole inside
        ("New Jersey", "New York", False),
        ("York City", "New York", False),
        ("Newark", "New York", False),  # words stand whole, not as substrings
        ("Jersey", "Jersey City", True),
        ("South Sudan", "Sudan", True),
        ("Sudan", "Niger", False),
    ],
)
def test_location_rule(gold, pred, matches):
    assert (m.location_score(gold, pred) > 0) is matches


def test_location_exact_scores_above_containment():
    assert m.location_score("New York", "new york") > m.location_score("New York", "New York City")


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        (("World Customs Organization", "WCO"), ("World Customs Organization", None), True),
        (("World Customs Organization", "WCO"), ("WCO", None), True),  # acronym-only prediction
        (("WCO", "WCO"), ("World Customs Organization", "WCO"), True),  # acronym-only gold
        (("World Customs Organization", None), ("WCO", None), False),  # text gave no acronym
        (("United Nations", "UN"), ("the United Nations", None), True),
        (("Human Rights Watch", None), ("Human Rights Council", None), False),
        (("United Nations", None), ("United Nations General Assembly", None), True),
        (("United Nations General Assembly", None), ("United Nations", None), True),
        (("Interpol", None), ("Interpol Washington", None), False),  # one word is not enough
        (("Interpol Washington", None), ("Interpol", None), False),
        (("Department of Justice", None), ("U.S. Department of Justice", None), True),
        (("Justice Department", None), ("Department of Justice", None), False),
        (("UK", "UK"), ("United Kingdom Space Agency", None), False),  # acronym is one word
    ],
)
def test_organization_rule(gold, pred, matches):
    assert (m.organization_score(gold[0], gold[1], pred[0], pred[1]) > 0) is matches


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        ("Robert S. Mueller III", "Mueller", True),
        ("Robert S. Mueller III", "Robert Mueller", True),
        ("Robert Mueller", "Robert S. Mueller", True),  # initials ignored
        ("Martin Luther King Jr.", "Martin Luther King", True),  # suffix ignored
        ("Ghada Fathi Waly", "Ghada Waly", True),
        ("Ghada Fathi Waly", "Waly", True),
        ("Ghada Fathi Waly", "Ms. Waly", False),  # titles are not ignored, only initials/suffixes
        ("Jane Doe", "John Doe", False),  # same surname, different person
        ("Jane Doe", "Jane Smith", False),
        ("Jane Doe", "Doe Jane", False),  # surnames (last words) differ
        ("António Guterres", "antónio guterres", True),
    ],
)
def test_speaker_rule(gold, pred, matches):
    assert m.speaker_match(gold, pred) is matches


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        (None, None, True),  # both say the text names no speaker
        ("Jane Doe", None, False),
        (None, "Jane Doe", False),
    ],
)
def test_speaker_rule_with_null_speakers(gold, pred, matches):
    assert m.speaker_match(gold, pred) is matches


@pytest.mark.parametrize(
    ("gold", "pred", "overlap"),
    [
        ("one two three four five", "one two three four five", 1.0),
        ("one two three four five", "one two three", 1.0),  # divided by the shorter text
        ("one two three four five", "one two three six seven", 0.6),
        ("one two three four five", "one two six seven eight", 0.4),
        ("It's a serious crime.", "it's a SERIOUS crime", 1.0),
        ("anything", "", 0.0),
    ],
)
def test_quote_overlap(gold, pred, overlap):
    assert m.quote_overlap(gold, pred) == pytest.approx(overlap)


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        ("one two three four five", "one two three six seven", True),  # 0.6 reaches the bar
        ("one two three four five", "one two six seven eight", False),
    ],
)
def test_quote_rule_threshold(gold, pred, matches):
    assert (m.quote_score(gold, pred) > 0) is matches


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        (150000, 150000, True),
        (150000, 150000.0001, True),
        (12, 12.5, False),
        (0, 0, True),
        (0.1, 0.1000000001, True),
        (1.5e9, 1.5e9 * (1 + 2e-6), False),
        (5, None, False),
    ],
)
def test_statistic_rule(gold, pred, matches):
    assert m.statistic_match(gold, pred) is matches


@pytest.mark.parametrize(
    ("gold", "pred", "pairs"),
    [
        # equal items pair up; an extra duplicate prediction stays unmatched
        (["a", "b"], ["a", "a", "b"], [(0, 0), (1, 2)]),
        # a gold duplicate needs two predictions
        (["a", "a"], ["a"], [(0, 0)]),
        (["a", "a"], ["a", "a"], [(0, 0), (1, 1)]),
        ([], ["a"], []),
        (["a"], [], []),
    ],
)
def test_each_gold_item_is_matched_at_most_once(gold, pred, pairs):
    assert m.match_items(gold, pred, lambda g, p: 1.0 if g == p else 0.0) == pairs


def test_matching_is_maximum_not_greedy():
    # "New York" could take either gold; greedy order would leave "New York City" unmatched.
    gold = ["New York", "York"]
    pred = ["New York City", "York"]
    pairs = m.match_items(gold, pred, m.location_score)
    assert len(pairs) == 2


def test_matching_prefers_the_exact_pair():
    gold = ["New York City", "New York"]
    pred = ["New York"]
    assert m.match_items(gold, pred, m.location_score) == [(1, 0)]
