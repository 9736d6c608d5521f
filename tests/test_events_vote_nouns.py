""" "Abstimmung" is coordination (040) with a partner or as closeness; otherwise it is a vote, in which
no one consults anyone."""

from tests.event_tuples import coded_events


def events(text: str) -> set[tuple]:
    return set(coded_events(text, "2024-03-01", keep_implausible=True))


def test_a_vote_taken_part_in_is_no_consultation():
    found = events("Ungarn nahm an der Abstimmung im Rat der Europäischen Union nicht teil.")
    assert not any(code.startswith("04") for code, *_ in found)


def test_a_vote_prepared_is_no_consultation():
    found = events("Die Vereinten Nationen sollen die Abstimmung in Westsahara vorbereiten.")
    assert not any(code.startswith("04") for code, *_ in found)


def test_close_coordination_thanked_for_is_consultation():
    found = events("Der französische Präsident dankte der Bundesregierung für die enge Abstimmung.")
    assert any(code == "040" and source == "FRA" and target == "DEU" for code, source, target, _ in found)


def test_coordination_with_a_partner_is_consultation():
    found = events("Die spanische Regierung kündigte eine Abstimmung mit Rom über die Seenotrettung an.")
    assert any(code == "040" and source == "ESP" and target == "ITA" for code, source, target, _ in found)


def test_a_vote_taken_by_a_majority_is_no_consultation():
    # "mit großer Mehrheit" counts the vote and names no partner
    found = events("In der Abstimmung mit großer Mehrheit unterstützte Deutschland die Ukraine.")
    assert not any(code.startswith("04") for code, *_ in found)
