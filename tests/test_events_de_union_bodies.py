"""Two bodies of one organisation share its actor code but are two actors (`arguments.same_actor`):
the European Parliament acting on the Commission is an act within the Union, EU -> EU, not an act of
the Union on itself. New sentences, not from any gold set."""

from tests.event_tuples import coded_dyads

DATE = "2024-05-01"
UNION = "IGOEUREEC"


def test_the_parliament_criticising_the_commission_is_an_act_within_the_union():
    text = "Das Europaparlament hat die EU-Kommission am Dienstag scharf kritisiert."
    assert ("111", UNION, UNION) in coded_dyads(text, DATE)


def test_the_parliament_accusing_the_commission_is_an_act_within_the_union():
    text = "Die Abgeordneten des Europaparlaments warfen der EU-Kommission vor, Ungarn zu viel Geld zu überweisen."
    assert ("112", UNION, UNION) in coded_dyads(text, DATE)
