"""Targets of the sixth session: who an act is aimed at where the parse names no actor.

- an actor that is the subject of a clause beside the event's own acts there, it is no target;
- "beide Seiten" of a conflict for consultations, mediation and praise too ("alle Seiten" of a war of
  two states: no one in particular);
- acts at home: resignations and administrative sanctions, appeals and reproaches to the source's
  own people, parties or institutions (X → X);
- a nationality adjective on what a hostile act is done to names the target state;
- a denial is aimed at the accuser only where the sentence names one, never at an actor inside the
  charge.
"""

from lagebild import analyze


def _events(text: str, root: str) -> list[tuple[str | None, str | None]]:
    """(source state, target state) of the events of `root` in the last sentence."""
    analysis = analyze(text, date="2026-11-20", lang="de")
    last = len(analysis.sentences) - 1
    return [
        (
            e.source.country or e.source.actor_code if e.source else None,
            (e.target.country or e.target.actor_code) if e.target else None,
        )
        for e in analysis.events
        if e.root == root and e.evidence.sentence == last
    ]


def _targets(text: str, root: str) -> set[str | None]:
    return {target for _, target in _events(text, root)}


# --- parallel clauses ---------------------------------------------------------------------------


def test_the_subject_of_a_clause_beside_is_no_target():
    # Moscow warns in a clause of its own: it is not whom Mexico's offer and demand are aimed at
    text = (
        "Mexikos Präsident bot humanitäre Hilfe an und forderte ein Ende des Embargos, Moskau warnte vor"
        " Einmischung von außen."
    )
    assert _targets(text, "03") == {None}
    assert _targets(text, "10") == {None}


def test_a_listed_subject_of_a_clause_in_the_perfect_hung_on_a_noun_is_no_target():
    # the parse makes the second main clause a relative clause of "Schritt": its subjects answer the
    # step in a clause of their own, they are not whom the praise is aimed at, nor it whom they criticise
    text = "Irland und Malta haben den Schritt begrüßt, Polen und Ungarn haben ihn scharf kritisiert."
    assert _targets(text, "05") == {None}
    assert _targets(text, "11") == {None}


def test_the_subject_of_a_governed_clause_stays_a_target():
    # "forderte, dass Russland …": the demand is addressed to the subject of its own clause
    text = "Die Bundesregierung forderte, dass Russland seine Truppen sofort abzieht."
    assert "RUS" in _targets(text, "10")


# --- both sides ---------------------------------------------------------------------------------

CONFLICT = (
    "Thailändische Kampfjets bombardierten am Morgen Stellungen der kambodschanischen Armee. Kambodscha"
    " beschoss daraufhin thailändische Dörfer mit Raketen. "
)


def test_a_call_with_both_heads_of_government_reaches_both_sides():
    text = CONFLICT + "Der indonesische Präsident telefonierte am Abend mit beiden Seiten."
    assert _targets(text, "04") == {"THA", "KHM"}


def test_an_appeal_to_all_sides_of_a_war_of_two_states_reaches_no_one_in_particular():
    # "alle Seiten" names no pair: the later banks aim it at no one where two states fight
    # (`targets_both_sides.addresses_everyone`); "beide Seiten" reaches both (above)
    text = CONFLICT + "Die japanische Regierung rief alle Seiten zur Zurückhaltung auf."
    assert _targets(text, "02") == {None}


def test_praise_for_both_governments_reaches_both_sides():
    text = CONFLICT + "Der indonesische Präsident lobte beide Regierungen für ihre Zurückhaltung."
    assert _targets(text, "05") == {"THA", "KHM"}


# --- acts at home -------------------------------------------------------------------------------


def test_a_resignation_answers_the_own_state():
    text = "Nach tagelangen Protesten ist Perus Regierungschef Alberto Otárola zurückgetreten."
    assert _events(text, "08") == [("PER", "PER")]


def test_an_administrative_sanction_without_a_foreigner_is_done_at_home():
    text = "Die Junta in Myanmar entließ den Außenminister."
    assert ("MMR", "MMR") in _events(text, "17")


def test_an_administrative_sanction_on_a_foreigner_is_not_done_at_home():
    text = "Die ungarische Regierung entließ den ukrainischen Berater des Ministers."
    assert _events(text, "17") == [("HUN", "UKR")]


def test_an_appeal_to_the_own_parties_is_aimed_at_home():
    text = "Der rumänische Präsident rief die Parteien auf, rasch eine Regierung zu bilden."
    assert _events(text, "02") == [("ROU", "ROU")]


def test_a_reproach_to_the_own_government_is_aimed_at_home():
    text = "Oppositionsführer Pierre Poilievre warf der Regierung vor, die Grenze zu vernachlässigen."
    assert ("CAN", "CAN") in _events(text, "11")


def test_residents_of_a_foreign_region_are_not_at_home():
    text = "Die israelische Armee rief die Bewohner des Südlibanon auf, nicht in ihre Dörfer zurückzukehren."
    assert ("ISR", "ISR") not in _events(text, "02")


# --- nationality adjectives ---------------------------------------------------------------------


def test_people_of_a_nationality_name_the_target_of_an_arrest():
    text = "Die russischen Behörden ließen am Dienstag lettische Fischer festsetzen."
    assert _targets(text, "17") == {"LVA"}


def test_goods_of_a_nationality_name_the_target_of_tariffs():
    text = "Der amerikanische Präsident droht mit Strafzöllen auf alle kanadischen Waren."
    assert "CAN" in _targets(text, "13")


# --- denials ------------------------------------------------------------------------------------


def test_an_actor_inside_the_charge_is_no_target_of_the_denial():
    text = "Der ungarische Außenminister wies den Vorwurf zurück, Österreich betreibe das Geschäft Moskaus."
    assert _targets(text, "01") == {None}


def test_a_named_accuser_is_the_target_of_the_denial():
    text = "Die polnische Regierung wies die Vorwürfe aus Minsk umgehend zurück."
    assert _targets(text, "01") == {"BLR"}
