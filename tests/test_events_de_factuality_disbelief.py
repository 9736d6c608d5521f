"""An act the speaker says they do not believe in has not happened: "Ich glaube nicht, dass …" makes it
hypothetical (modality._disbelieved); an unnegated belief is left to the other readings. Sentences
written for the tests."""

from tests.event_tuples import code_modalities, root_modalities


def test_a_disbelieved_measure_in_the_present_is_hypothetical():
    text = "Ich glaube nicht, dass Berlin neue Sanktionen gegen Moskau verhängt."
    assert root_modalities(text, "2024-03-01", "16") == {"hypothetical"}


def test_a_disbelieved_measure_in_the_future_is_hypothetical_not_future():
    text = "Ich glaube aber nicht, dass Paris Sanktionen gegen Algerien verhängen wird."
    assert root_modalities(text, "2024-03-01", "16") == {"hypothetical"}


# one list of believing words (modality_words.BELIEF_HEADS) for the denied belief and the forecast


def test_a_belief_in_the_first_person_about_what_another_will_do_is_a_forecast():
    text = "Der Außenminister sagte: Ich glaube, dass Peking neue Zölle auf Autos aus der EU verhängen wird."
    assert code_modalities(text, "2024-03-01", "163", keep_implausible=True) == {"hypothetical"}


def test_an_act_one_is_not_convinced_of_is_hypothetical():
    text = "Die Regierung in Warschau ist nicht überzeugt, dass Moskau die Gaslieferungen an Polen stoppt."
    assert code_modalities(text, "2024-03-01", "163", keep_implausible=True) == {"hypothetical"}


def test_an_act_not_put_up_with_happened():
    # "nimmt" believes only with its particle ("nimmt an, dass …"); not put up with, the act was done
    text = "Die Regierung nimmt nicht hin, dass Russland den polnischen Luftraum verletzt hat."
    assert code_modalities(text, "2024-03-01", "15", keep_implausible=True) == {"asserted"}
