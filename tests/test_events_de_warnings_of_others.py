"""A warning of what a third side will do is no threat by the warner; one that holds out the warner's own
answer, or what its addressee is to suffer, is (warned_consequences._as_comment_on_others), also where the
parse hangs the said clause on a phrase of the warning or takes it for a relative clause; a true relative
clause on the danger warned of says nothing of the warner's answer."""

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def _roots(text: str, source: str) -> set[str]:
    return {code[:2] for code, s, _, _ in coded_events(text, DATE, True) if s == source}


def test_warning_of_a_third_sides_act_is_no_threat():
    roots = _roots(
        "Der litauische Außenminister warnte, der Kreml werde weitere Diplomaten ausweisen.", "LTU"
    )
    assert "13" not in roots


def test_warning_of_the_warners_own_answer_is_a_threat():
    roots = _roots(
        "Der litauische Außenminister warnte, Litauen werde russische Diplomaten ausweisen.", "LTU"
    )
    assert "13" in roots


def test_warning_of_a_third_sides_act_stays_beside_the_act():
    # the warning is said (012) and the act it foretells is coded too (sentence_rules._pessimistic_warning)
    keys = {
        (code, s, t)
        for code, s, t, _ in coded_events(
            "Der litauische Außenminister warnte, der Kreml werde weitere Diplomaten ausweisen.", DATE, True
        )
    }
    assert ("012", "LTU", "RUS") in keys
    assert any(code.startswith("16") and s == "RUS" for code, s, _ in keys)


def test_warned_own_answer_is_a_threat_where_the_parse_hangs_the_clause_on_a_phrase():
    # the said clause after "hat am Wochenende gewarnt," is parsed as an attribute of "Wochenende"
    events = coded_events(
        "Der spanische Präsident hat am Wochenende gewarnt, Spanien werde seine Soldaten abziehen, "
        "falls Marokko die Grenze schließe.",
        DATE,
    )
    assert ("130", "ESP", "MAR", "asserted") in events
    assert not [e for e in events if e[0] == "012"]


def test_a_judged_consequence_after_such_a_phrase_stays_a_comment():
    events = coded_events(
        "Der spanische Außenminister hat am Montag gewarnt, ein Handelskrieg würde allen schaden.", DATE
    )
    assert ("012", "ESP", None, "asserted") in events


def test_warned_own_answer_is_a_threat_where_the_parse_takes_the_said_clause_for_a_relative_clause():
    # the parse hangs "sie werde reagieren" on "Armee" as a relative clause; no relative pronoun opens it
    events = coded_events(
        "Zugleich warnte die thailändische Armee, sie werde reagieren, falls bewaffnete Gruppen die "
        "Feuerpause für neue Angriffe nutzten.",
        DATE,
        True,
    )
    assert ("130", "THA", None, "asserted") in events
    assert not [e for e in events if e[0] == "012"]


def test_a_relative_clause_on_the_warned_danger_says_nothing_of_the_warners_answer():
    # "werde" in a relative clause of the danger warned of is what the danger does, no announced answer
    events = coded_events(
        "Tokio warnte vor einem Wettrüsten, das die ganze Region destabilisieren werde.", DATE, True
    )
    assert ("012", "JPN", None, "asserted") in events
    assert not [e for e in events if e[0].startswith("13")]


def test_warned_own_answer_is_a_threat_where_the_parse_joins_the_said_clause_to_the_verb_before():
    # "… kritisiert und gewarnt, Kenia werde …": the said clause is parsed as a conjunct of "kritisiert"
    events = coded_events(
        "Der kenianische Präsident hat den Beschluss scharf kritisiert und gewarnt, Kenia werde seine "
        "Truppen abziehen, falls Somalia den Vertrag breche.",
        DATE,
        True,
    )
    assert ("130", "KEN", "SOM", "asserted") in events
    assert not [e for e in events if e[0] == "012"]
