"""People the KB does not know whom an apposition after the name introduces ("X, Sprecher des
ukrainischen Militärgeheimdienstes"): a document actor with the apposition's role and the country its
phrase names, else the passage's state."""

from tests.entity_mentions import mention_actors
from tests.event_tuples import coded_events


def test_apposition_role_with_a_country_adjective():
    text = "Der Streit dauert an. Mykola Petrenko, Sprecher des ukrainischen Außenministeriums, kritisierte Moskau scharf."
    assert mention_actors(text, "2024-05-10")["Mykola Petrenko"][0] == "UKR"


def test_apposition_of_an_exiled_opponent_takes_the_passage_state():
    text = (
        "Im Kongo ist ein Putschversuch gescheitert. Die kongolesische Armee meldete Festnahmen. "
        "Jean Mbala, ein im Exil lebender Oppositioneller, kritisierte die Regierung scharf."
    )
    assert mention_actors(text, "2024-05-10")["Jean Mbala"] == ("COD", "CODOPP")
    assert ("111", "COD", "COD", "asserted") in coded_events(text, "2024-05-10", keep_implausible=True)


def test_a_title_before_the_next_name_stays_that_persons():
    text = (
        "In Istanbul begannen die Gespräche. Die russische Delegation leitete Wladimir Sorokin, "
        "die ukrainische Verteidigungsministerin Olena Kowal."
    )
    actors = mention_actors(text, "2024-05-10")
    assert "Wladimir Sorokin" in actors
    assert actors["Wladimir Sorokin"][0] != "UKR"
