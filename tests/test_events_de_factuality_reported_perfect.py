"""The plural "hätten" with a participle in reported speech reports a deed (speculation.py): it stands in
for the Konjunktiv I "haben", which looks like the indicative. Sentences written for the tests."""

from tests.event_tuples import code_modalities, root_modalities


def test_a_verb_of_proclaiming_reports_the_deed():
    text = "Der Sprecher verkündete, Armenien und Aserbaidschan hätten einer Waffenruhe zugestimmt."
    assert root_modalities(text, "2024-05-02", "08") == {"asserted"}


def test_a_konjunktiv_one_elsewhere_in_the_sentence_marks_reported_speech():
    text = (
        "Der Grenzschutz erklärte, es habe sich um eine Antwort gehandelt, "
        "nachdem georgische Soldaten zuvor auf russische Posten geschossen hätten."
    )
    assert root_modalities(text, "2024-05-02", "19") == {"asserted"}


def test_a_verb_first_condition_stays_counterfactual():
    text = "Hätten russische Truppen die Stadt Charkiw beschossen, wäre die Nato eingeschritten."
    assert root_modalities(text, "2024-05-02", "19") == {"hypothetical"}


def test_a_plural_perfect_subjunctive_after_a_sentence_of_reported_speech_reports_as_well():
    text = "Der Sprecher sagte, man sei besorgt. Auch die USA hätten die Verletzung der Botschaft gerügt."
    assert root_modalities(text, "2024-05-02", "11") == {"asserted"}


def test_a_plural_perfect_subjunctive_with_a_modal_stays_counterfactual_after_reported_speech():
    text = "Der Sprecher sagte, man sei besorgt. Die USA hätten die Verletzung der Botschaft rügen können."
    # an event with no target in a two-sentence text may be one the confidence model drops; its modality is tested
    assert code_modalities(text, "2024-05-02", "11", keep_implausible=True) == {"hypothetical"}
