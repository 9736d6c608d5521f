"""Verbs by which a source promises an act, shared by the intent rules (`intentions.py`) and the
framing rules (`sentence_rules.py`), which must not import each other."""

from lagebild.events.lexicon import VerbSet

# verbs by which a source promises an act: support, aid and yielding promised are pledges (CAMEO 032,
# 033, 035: "sagten zu, ihre schweren Waffen abzugeben", "versprach den Abzug der Truppen"); a promised
# call or briefing is the pledge too, with no event of its own beside it (`pledged_acts`)
PROMISING = VerbSet({
    "zusagen": "sagt;sagte;zugesagt", "zusichern": "sichert;sicherte;zugesichert",
    "versprechen": "verspricht;versprach;versprochen", "verpflichten": "verpflichtet;verpflichtete;verpflichtet",
    "garantieren": "garantiert;garantierte;garantiert", "anbieten": "bietet;bot;angeboten",
})  # fmt: skip
# not "geloben": its forms are those of "loben" ("hatte Trump gelobt" praises, it pledges nothing)
# offering to meet, negotiate or mediate is an expressed intent (CAMEO 036, 039): "bot an, zwischen den
# Generälen zu vermitteln", "bot Gespräche an"; an offer of aid is a pledge (`PROMISING`)
OFFERING = VerbSet({"anbieten": "bietet;bot;angeboten"})
