"""The impersonal "man" of a sentence in Konjunktiv I that follows a body's reaction told in the author's own
words is that body's reported word, not anyone's: "Das Außenministerium wies den Plan zurück. Man sei aber zu
Gesprächen bereit" (quotes/indirect.py, `_impersonal_report`)."""

from tests.event_tuples import coded_events

DATE = "2024-05-02"


def test_impersonal_report_after_a_reaction_is_the_reacting_body_s():
    text = (
        "Das norwegische Außenministerium wies die Forderung aus Moskau am Abend zurück. "
        "Man sei aber bereit, mit Russland über die Fischereirechte zu verhandeln."
    )
    assert ("036", "NOR", "RUS", "asserted") in coded_events(text, DATE, keep_implausible=True)


def test_impersonal_report_names_the_subject_not_a_fronted_adverbial():
    text = (
        "Noch in der Nacht reagierte die chilenische Regierung. "
        "Man sei bereit, mit Bolivien über den Grenzstreit zu verhandeln."
    )
    assert ("036", "CHL", "BOL", "asserted") in coded_events(text, DATE, keep_implausible=True)


def test_impersonal_subject_in_the_indicative_is_the_author_s_and_no_report():
    text = (
        "Das norwegische Außenministerium wies die Forderung aus Moskau am Abend zurück. "
        "In Oslo verhandelt man derweil mit Russland über die Fischereirechte."
    )
    assert all(source != "NOR" or code[:2] != "03" for code, source, _, _ in coded_events(text, DATE, True))
