"""A mediation named by "unter/durch Vermittlung …" without "zwischen": the mediators go between the
parties of the clause's own act, its coordinated subject, never between each other."""

from lagebild import analyze


def _mediations(text: str) -> set[tuple[str, str | None]]:
    events = analyze(text, date="2024-03-01", lang="de").events
    return {
        (e.source.name, e.target.name if e.target is not None else None)
        for e in events
        if e.code == "045" and e.source is not None
    }


def test_mediator_in_front_mediates_with_both_subjects() -> None:
    found = _mediations("Unter Vermittlung Norwegens haben Kolumbien und Venezuela ein Abkommen geschlossen.")
    assert found == {("Norwegen", "Kolumbien"), ("Norwegen", "Venezuela")}


def test_coordinated_mediators_do_not_mediate_with_each_other() -> None:
    found = _mediations(
        "Am Freitag haben Armenien und Aserbaidschan unter Vermittlung Frankreichs und der USA in Genf "
        "einen Waffenstillstand unterzeichnet."
    )
    targets = {target for _, target in found}
    assert {source for source, _ in found} == {"Frankreich", "Vereinigte Staaten"}
    assert targets == {"Armenien", "Aserbaidschan"}


def test_parties_of_one_state_are_one_party() -> None:
    found = _mediations(
        "Nach langen Kämpfen haben Sudans Armee und die RSF-Miliz unter Vermittlung Katars eine "
        "Feuerpause unterzeichnet."
    )
    assert len(found) == 1
    assert next(iter(found))[0] == "Katar"


def test_a_single_subject_is_no_pair_of_parties() -> None:
    found = _mediations("Unter Vermittlung Norwegens hat Kolumbien ein Abkommen unterzeichnet.")
    assert found <= {("Norwegen", "Kolumbien")}


def test_the_mediator_list_ends_where_no_conjunction_joins() -> None:
    found = _mediations(
        "Im Mai haben unter Vermittlung Katars Israel und die Hamas eine Feuerpause vereinbart."
    )
    assert ("Katar", "Israel") in found
    assert all(target != "Katar" for _, target in found)


def test_an_offer_to_mediate_targets_both_parties() -> None:
    events = analyze(
        "Die Schweiz bot an, zwischen Serbien und dem Kosovo zu vermitteln.", date="2024-03-01", lang="de"
    ).events
    offers = {(e.source.name, e.target.name) for e in events if e.code == "039" and e.target is not None}
    assert offers == {("Schweiz", "Serbien"), ("Schweiz", "Kosovo")}


def test_the_parties_of_an_offered_mediation_offer_nothing() -> None:
    events = analyze(
        "Brasilien bietet seine Vermittlung zwischen Moskau und Kiew an.", date="2024-03-01", lang="de"
    ).events
    offers = {e.source.name for e in events if e.code == "039"}
    assert offers == {"Brasilien"}


def test_mediators_listed_after_the_parties_mediate_with_both() -> None:
    found = _mediations(
        "Nach zwei Wochen haben Israel und die Hamas unter Vermittlung Katars und der USA in Doha eine "
        "Feuerpause unterzeichnet."
    )
    parties = {"Israel", "Hamas"}
    assert found == {(m, p) for m in ("Katar", "Vereinigte Staaten") for p in parties}


def test_a_party_unknown_to_the_kb_leaves_the_known_one() -> None:
    found = _mediations(
        "Nach drei Monaten haben die Armee Malis und die Tuareg-Rebellen unter Vermittlung Algeriens und "
        "der Afrikanischen Union in Algier ein Abkommen unterzeichnet."
    )
    assert found == {("Algerien", "Mali"), ("Afrikanische Union", "Mali")}


def _events(text: str) -> set[tuple[str, str, str | None]]:
    events = analyze(text, date="2024-03-01", lang="de").events
    return {
        (e.code, e.source.name, e.target.name if e.target is not None else None)
        for e in events
        if e.source is not None
    }


def test_participle_phrase_names_the_mediator_of_the_act() -> None:
    found = _mediations(
        "Armenien und Aserbaidschan haben am Montag in Genf einen Gefangenenaustausch vollzogen, "
        "vermittelt von der Schweiz."
    )
    assert found == {("Schweiz", "Armenien"), ("Schweiz", "Aserbaidschan")}


def test_act_is_not_aimed_at_the_mediator_of_the_participle_phrase() -> None:
    found = _events(
        "Armenien und Aserbaidschan haben am Montag in Genf einen Gefangenenaustausch vollzogen, "
        "vermittelt von der Schweiz."
    )
    assert all(target != "Schweiz" for code, _, target in found if code != "045")


def test_mediation_by_a_named_person_with_von() -> None:
    events = analyze(
        "In Doha unterzeichneten Kolumbiens Präsident Gustavo Petro und Venezuelas Präsident Nicolás "
        "Maduro unter Vermittlung von Emir Tamim bin Hamad Al Thani ein Abkommen.",
        date="2024-03-01",
        lang="de",
    ).events
    # states only: with "unterzeichneten" read as the verb, "Kolumbiens Präsident" resolves to the government
    found = {(e.source.actor_code[:3], e.target.actor_code[:3]) for e in events if e.code == "045"}
    assert found == {("QAT", "COL"), ("QAT", "VEN")}


def test_mediating_the_agreement_in_a_relative_clause() -> None:
    found = _mediations(
        "Serbien und Montenegro haben sich auf einen Grenzverlauf geeinigt, den der Sonderbeauftragte "
        "der EU vermittelt hatte."
    )
    assert {target for _, target in found} == {"Serbien", "Montenegro"}


def test_a_mediation_offer_without_an_act_adds_no_sides() -> None:
    found = _mediations("Die Schweiz stehe für weitere Vermittlungen bereit, sagte der Minister.")
    assert all(target is None for _, target in found)
