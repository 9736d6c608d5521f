"""A statement coordinated before an appeal that names its addressee ("äußerten Besorgnis und
forderten Peking auf") shares the appeal's counterpart and the rule that found it: the target was read
from the clause, so the target ranker keeps it as it keeps the appeal's (`targets_coordinated`). A
warning after an appeal ("riefen Iran auf, … und warnten vor einer Eskalation") keeps the rule "none"
the sharing forward gives it (`sentence_rules.shared_counterparts`): the gold leaves such warnings
without a target, and the ranker mostly drops it."""

from lagebild.analysis import get_pipeline
from lagebild.events.arguments import side_of


def _coded(text: str) -> list[tuple]:
    """(code, source side, target side, target rule) of every event, as the coder leaves them."""
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.article_date = "2024-05-10"
    doc._.language = "de"
    doc = nlp(doc)
    return [
        (e.code, side_of(e.source), e.target is not None and side_of(e.target), e.target_rule)
        for e in doc._.events
    ]


def test_a_statement_before_an_appeal_keeps_the_appeals_rule():
    found = _coded(
        "Die Außenminister der EU äußerten Besorgnis und forderten Peking auf, die Manöver zu beenden."
    )
    appeal = next(event for event in found if event[0].startswith("10"))
    statement = next(event for event in found if event[0].startswith("01"))
    assert appeal[2] == statement[2] == "CHN"
    assert statement[3] == appeal[3] == "parse"


def test_a_warning_after_an_appeal_keeps_its_own_rule():
    found = _coded(
        "Die Außenminister der EU forderten Peking zur Zurückhaltung auf und äußerten sich besorgt."
    )
    statement = next(event for event in found if event[0].startswith("01"))
    assert statement[3] == "none"
