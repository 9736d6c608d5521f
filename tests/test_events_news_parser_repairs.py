"""Constructions whose rules had to learn the news-trained parser's readings (or survive its errors).

Each sentence is written for the test; each case names the construction, not a sentence of the gold.
"""

from __future__ import annotations

from tests.event_tuples import events_of


def _events(text: str, keep_implausible: bool = False) -> list[tuple[str, str | None, str | None, str]]:
    """(code, source actor code, target actor code, modality) of every event."""
    return [
        (e.code, e.source and e.source.actor_code, e.target and e.target.actor_code, e.modality)
        for e in events_of(text, "2024-05-01", keep_implausible=keep_implausible)
    ]


def _roots(text: str, keep_implausible: bool = False) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for code, _source, _target, modality in _events(text, keep_implausible):
        found.setdefault(code[:2], set()).add(modality)
    return found


def test_a_rare_zu_infinitive_of_a_separable_verb_is_a_verb():
    # the tagger takes "freizulassen" for a particle: the demanded release is lost without the repair
    assert ("0841", "BLRGOV", "BLRGOV", "hypothetical") in _events(
        "Die EU forderte Minsk auf, die inhaftierten Journalisten freizulassen."
    )
    assert "08" in _roots("Brüssel verlangte von der Regierung in Baku, die Oppositionellen freizulassen.")


def test_a_negation_on_the_adjective_of_a_light_verb_negates_the_act():
    # "rückgängig" is an xcomp of "gemacht" in the news parse, "nicht" hangs on it. Alone, with no article
    # around it, the sentence scores near the confidence floor (0.137 with one model, below 0.13 with the
    # next), and what is tested is the negation, not the model: keep what the floor would drop
    roots = _roots("Ankara hat die Entscheidung bis heute nicht rückgängig gemacht.", keep_implausible=True)
    assert roots["08"] == {"negated"}


def test_ohne_with_a_zu_infinitive_leaves_the_act_undone():
    roots = _roots("Ohne die Ukraine zu konsultieren, verhängte die EU Sanktionen gegen Russland.")
    assert roots["04"] == {"negated"}
    assert roots["16"] == {"asserted"}
    # a phrase opened by "ohne" negates nothing
    assert _roots("Ohne Zustimmung des Parlaments griff die Türkei Syrien an.")["19"] == {"asserted"}


def test_a_sentence_opening_participle_of_planning_plans_the_clause():
    # the tagger reads the capitalised "Vorgesehen" as a noun
    # soldiers sent into a host state protect it (074, `protective_deployments.py`)
    assert _roots("Vorgesehen ist, dass Frankreich Soldaten nach Estland verlegt.")["07"] == {"future"}


def test_a_present_in_t_with_an_object_or_a_full_stop_is_no_headline_passive():
    assert ("163", "JPN", "PRK", "asserted") in _events("Japan verhängt neue Sanktionen gegen Nordkorea.")
    events = _events("Die Ukraine vermittelt zwischen Armenien und Aserbaidschan.")
    assert ("045", "UKR", "ARM", "asserted") in events


def test_a_was_clause_after_a_clause_with_subject_and_object_is_a_fact():
    # the news parser labels the object "die Freigabe der Tanker" a second subject
    events = _events("Teheran hatte am Freitag die Freigabe der Tanker verlangt, was London sofort ablehnte.")
    assert ("120", "GBRGOV", "IRNGOV", "asserted") in events


def test_a_compared_participle_frames_nothing_even_as_the_root():
    assert _roots("Wie befürchtet hat Russland die Gaslieferungen an Moldau eingestellt.")["16"] == {
        "asserted"
    }
    assert _roots("Anders als angekündigt hat Serbien den Botschafter nicht ausgewiesen.")["16"] == {
        "negated"
    }


def test_the_von_phrase_of_a_reflexive_lassen_names_the_coercer_in_verb_second_order():
    # the news parser hangs "von Minsk" on "lässt", and the capital before the infinitive is the government
    assert _events("Litauen lässt sich von Minsk nicht erpressen.") == [("124", "LTU", "BLRGOV", "asserted")]
    assert _events("Serbien ließ sich von Moskau erpressen.") == [("170", "RUSGOV", "SRB", "asserted")]
    found = _events("„Wir lassen uns von Peking nicht unter Druck setzen“, sagte der Außenminister Taiwans.")
    assert ("124", "TWN", "CHNGOV", "asserted") in found


def test_a_zu_infinitive_read_as_a_second_subject_is_the_complement_of_its_predicate():
    # the parse may make the infinitive after "bereit" a clausal subject beside "Kiew"
    assert ("036", "UKRGOV", "RUSGOV", "asserted") in _events(
        "Kiew sei bereit, die Gespräche mit Moskau wiederaufzunehmen."
    )
