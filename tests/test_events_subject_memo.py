"""The coder remembers each verb's subject while it runs (its rules ask for it several times) and
forgets it when done: the memo gives the subject the parse gives, and leaves nothing on the Doc."""

from lagebild.events.arguments import SUBJECTS, subject_of, subjects_remembered
from lagebild.pipeline import get_pipeline


def test_the_remembered_subject_is_the_parsed_one():
    doc = get_pipeline("de")("Die Regierung in Warschau verurteilte den Angriff auf Kiew scharf.")
    verb = next(t for t in doc if t.text == "verurteilte")
    parsed = subject_of(verb)
    assert parsed is not None and parsed.text == "Regierung"
    with subjects_remembered(doc):
        assert subject_of(verb) == parsed
        assert subject_of(verb) is subject_of(verb)  # asked again, read from the memo
    assert SUBJECTS not in doc.user_data


def test_the_coder_leaves_no_memo_on_the_doc():
    doc = get_pipeline("de")("Polen verurteilte den Angriff. Ungarn schwieg dazu.")
    assert doc._.events
    assert SUBJECTS not in doc.user_data
