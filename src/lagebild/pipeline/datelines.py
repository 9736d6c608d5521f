"""Repair sentences that open with a dateline ("Madrid – Nach fast einem Jahr hat der spanische
Ministerpräsident den marokkanischen König getroffen", "Wien (dpa) – Die Regierung …").

The news-trained parser has seen few datelines: the place before the dash often becomes the clause's
subject and the clause's own subject an apposition or a passive subject of it, so that the event stages
lose who acted on whom. A dateline is no part of the clause after it: the clause is parsed again on
its own, and the dateline, its agency mark and the dash hang on the new root (`dep` and `punct`, as
`headings` leaves a heading), if the clause alone parses with a verb at its root.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from lagebild.pipeline.headings import heading_of, is_date_number
from lagebild.pipeline.sentence_reparse import SentenceReparser

# the dashes of a dateline; a colon after a heading is more often a speaker's ("Varona: Nein, …")
DATELINE_DASHES = {"–", "—"}


@Language.factory("lagebild_datelines", default_config={"parser": "parser", "tok2vec": "tok2vec"})
def make_datelines(nlp: Language, name: str, parser: str, tok2vec: str) -> Datelines:
    return Datelines(nlp, parser, tok2vec)


class Datelines(SentenceReparser):
    """Re-parses the clause after a sentence's dateline without it."""

    def repair(self, sent: Span) -> None:
        dateline = heading_of(sent)
        if not len(dateline) or sent.doc[dateline.end].text not in DATELINE_DASHES:
            return
        # a ticker's time or a chronology's date before the dash ("14:30 Uhr –", "7. April 2022 –") is
        # left to `headings`: parsed alone, their clauses lost more events than they gained on tuning
        if any(is_date_number(token) for token in dateline):
            return
        dash = sent.doc[dateline.end]
        self.parse_clause_after(sent, dash)
