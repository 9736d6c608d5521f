"""Capitals as actors: "Moskau bestreitet das" is the Russian government, "in Moskau" the city.

A capital stands for its government unless the words around it make it the place: a locative
preposition, a dateline, an institution's name ("Handelsgericht Wien"), a visit or an attack on it,
or a list with other places. "die Regierung in Vilnius" and "hieß es aus Washington" are the
government; Brussels is the EU or NATO, whichever the document is about.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lagebild.events.event_clauses import VERBAL_POS
from lagebild.pipeline.actor_europe import EU_ID
from lagebild.pipeline.actor_lexicon import (
    DETERMINERS_DE,
    LOCATIVE_PREPOSITIONS,
    ROLE_SECTORS,
    STATE,
    agent_sector_de,
    compound_agent_sector,
    parse_role_de,
)
from lagebild.pipeline.actor_matching import AliasMatch
from lagebild.pipeline.segmentation import paragraph_of

BRUSSELS = {"Brüssel", "Brussels"}
# The seat of the international courts, and the words that name each court (lowercased word starts);
# "Gerichtshof" alone is the ICJ's, "Strafgerichtshof" the ICC's. Words of the Netherlands make it the
# Dutch government's.
THE_HAGUE = "Den Haag"
COURT_CUES = {"strafgerichtshof": "igo:icc", "istgh": "igo:icc", "gerichtshof": "igo:icj", "igh": "igo:icj"}
DUTCH_CUES = ("niederländ", "niederlande", "holländ")
EU_COURT_SEAT = "Luxemburg"
# Words that name the EU or NATO, their bodies, heads or typical acts (lowercased word starts). Military
# words are no NATO cue: the EU also speaks of troops, and "Brüssel" as an actor is nearly always the EU.
EU_CUES = ("eu-", "kommission", "mitgliedstaat", "mitgliedsstaat", "mitgliedsländer", "sanktion", "strafmaßnahme",
           "binnenmarkt", "transit", "leyen", "borrell", "kallas")  # fmt: skip
# an accession is the EU's unless the words after it name the alliance as what is joined ("der Beitritt
# Finnlands zur Nato", "Beitritt zum Bündnis"); a compound names it itself ("Nato-Beitritt")
ACCESSION_CUES = ("beitritt",)
EU_WORDS = {"eu", "rat"}  # whole words: "die EU", "der Rat"
NATO_CUES = ("nato", "allianz", "bündnis", "beistand", "rutte", "stoltenberg")
# "hieß es aus Washington", "Vorwürfe aus Washington": the capital speaks.
SOURCE_BEFORE_AUS = {
    "es",
    "Vorwürfe",
    "Kritik",
    "Signale",
    "Töne",
    "Drohungen",
    "Angaben",
    "Kreisen",
    "Stimmen",
    "Reaktion",
    "Reaktionen",
    "Antwort",
    "Warnung",
    "Warnungen",
    "Forderung",
    "Forderungen",
    "Druck",
    "Worte",
    # what a government says or decides, reported as coming from its capital: "die Äußerungen aus Kiew"
    "Äußerung",
    "Äußerungen",
    "Erklärung",
    "Erklärungen",
    "Ankündigung",
    "Ankündigungen",
    "Beschluss",
    "Beschlüsse",
    "Entscheidung",
    "Entscheidungen",
    "Anordnung",
    "Anordnungen",
    "Diktat",
    "Diktate",
    "Rüge",
    "Rügen",
    "Note",
    "Noten",
    "Schritt",
    "Schritte",
    "Genehmigung",
    "Genehmigungen",
    "Stellungnahme",
    "Stellungnahmen",
    "Mitteilung",
    "Mitteilungen",
    "Absage",
    "Absagen",
    "Aufforderung",
    "Aufforderungen",
}
# "Scharfe Kritik kam aus Bratislava", "Rückendeckung erhielt Ottawa aus Washington": what was said or
# given came from the capital, a verb of coming or receiving between it and the capital.
SENT_NOUNS = SOURCE_BEFORE_AUS | {"Widerspruch", "Protest", "Lob", "Spott", "Zustimmung", "Zuspruch",
                                  "Unterstützung", "Rückendeckung", "Solidarität", "Hilfe", "Zusagen"}  # fmt: skip
COMING_OR_RECEIVING = {"kam", "kamen", "kommt", "kommen", "erhielt", "erhielten", "erhält", "erhalten",
                       "bekam", "bekamen", "bekommt"}  # fmt: skip
SENT_WINDOW = 5
# "Aus Moskau kam scharfe Kritik": words between the capital and what it sends.
SOURCE_AFTER_AUS_WINDOW = 4
# "den Kontakt nach Moskau", "der direkte Draht nach Washington": a relation to the government there.
RELATION_BEFORE_NACH = {"Kontakt", "Kontakte", "Kontakten", "Draht", "Drähte", "Verbindung", "Verbindungen",
                        "Gesprächskanal", "Gesprächskanäle", "Kanal", "Kanäle", "Signal", "Signale", "Botschaft", "Botschaften",
                        "Beziehungen", "Warnung", "Warnungen", "Appell"}  # fmt: skip
DATELINE_MARKS = {"–", "—", "-", "/"}
# "Moskau (dpa) –": the agency's short mark in brackets between the place and the dash
AGENCY_MARK_WORDS = 3
# "die Ausweisung der Diplomaten durch Moskau": "durch" after a nominalised act names its agent; after a
# noun of motion it is the way through the city ("ein Marsch durch Kiew")
ACT_NOUN_ENDINGS = ("ung", "ungen", "nahme", "nahmen")
ACT_NOUNS = {"Angriff", "Angriffe", "Angriffs", "Anschlag", "Beschuss", "Verbot", "Verbots", "Boykott", "Entzug",
             "Rauswurf", "Ausschluss", "Abschuss", "Einmarsch", "Überfall", "Kauf", "Verkauf"}  # fmt: skip
AGENT_PHRASE_WINDOW = 5  # words back from "durch" to the act noun: "die Ausweisung zweier Diplomaten durch"
PASSIVE_AUXILIARIES = {"wird", "werden", "wurde", "wurden", "worden"}
# Verbs whose object is a city as a place: visited, attacked, reached.
PLACE_VERBS = {"besuchen", "angreifen", "beschießen", "bombardieren", "erreichen", "verlassen", "bereisen",
               "visit", "attack", "bomb", "shell", "reach", "leave"}  # fmt: skip
# "nordwestlich von Kiew", "unweit von Moskau", "60 Kilometer von Kiew entfernt": a position.
DIRECTION_ENDINGS = ("nördlich", "südlich", "östlich", "westlich", "unweit", "weit")
DISTANCE_WORDS = {"entfernt", "entfernten", "entfernte", "gelegen", "gelegenen", "gelegene"}
# "die Hauptstadt Tiflis", "the capital Kyiv": the city itself.
CITY_NOUNS = {"Hauptstadt", "Stadt", "Metropole", "capital", "city"}
# "die Botschaft in Berlin", "der Korrespondent in Moskau": posted in a capital not their own.
POSTED_ABROAD = ("Botschaft", "Konsulat", "Generalkonsulat", "Vertretung", "Mission", "Gesandt", "Diplomat",
                 "Korrespondent", "Journalist")  # fmt: skip
# Agents "in" a place that are as often abroad as at home: "Truppen in Syrien", "die Delegation in Kiew".
DEPLOYABLE_HEADS = ("truppen", "soldaten", "einheiten", "delegation", "delegationen", "vertreter", "unterhändler",
                    "beamte", "beamten", "kampfjets", "kampfflugzeuge", "kriegsschiffe", "diplomaten")  # fmt: skip
# "die Regierung in Vilnius": the capital stands for the government seated there.
GOVERNMENT_SEATS = {"Regierung", "Regierungen", "Führung", "Außenministerium", "Verteidigungsministerium", "Innenministerium",
                    "Ministerium", "Staatsführung", "Außenministeriums", "Verteidigungsministeriums",
                    # people in power named by what they do: "die Regierenden in Moskau"
                    "Regierenden", "Verantwortlichen", "Mächtigen", "Machthabern", "Regierungskreise",
                    "Regierungskreisen"}  # fmt: skip
# "Auch", "Nur", "Selbst" before a capital: a focus adverb, capitalised where it opens a clause
ADVERB = "ADV"
# the labels by which a parse joins the later words of a name to its first ("Washington Post": flat)
NAME_PART_DEPS = {"flat", "flat:name", "appos"}
# Forms of "lassen" that make the infinitive before them passive: "sich von Budapest erpressen lassen".
LASSEN_FORMS = {"lassen", "lässt", "ließ", "ließen", "lasse", "ließe", "lasst"}
LASSEN_WINDOW = 4  # how many words from the capital "lassen" may stand, after it or before it
REFLEXIVE_PRONOUNS = {"sich", "uns", "mich", "euch", "dich"}


class CapitalReader:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.last: tuple[int, bool] | None = None  # the previous capital and whether it was an actor
        # capitals read as places: an upstream NER label other than LOC there gets corrected
        self.place_uses: set[tuple[int, int]] = set()
        # the government ids of those capitals: "In Tiflis hat die Polizei ..." is Georgia's police
        self.place_governments: dict[tuple[int, int], str] = {}
        # the tokens of the KB's names: a name next to the capital is another actor or place, no part
        # of the capital's name ("hat Canberra Peking ... vorgeworfen")
        self.kb_named: set[int] = set()

    def _word_before(self, i: int, skip: int = 0) -> Token | None:
        """The word before token i (whitespace tokens skipped), `skip` more words back."""
        for j in range(i - 1, -1, -1):
            if not self.doc[j].is_space:
                if skip == 0:
                    return self.doc[j]
                skip -= 1
        return None

    def _agency_dateline(self, match: AliasMatch) -> bool:
        """ "Moskau (dpa) –", "Brüssel/Sofia (AFP/Reuters) –": the place of writing with the agency's
        mark in brackets before the dash, no actor of the first sentence."""
        doc = self.doc
        if match.end >= len(doc) or doc[match.end].text != "(":
            return False
        for i in range(match.end + 1, min(match.end + 2 + AGENCY_MARK_WORDS, len(doc) - 1)):
            if doc[i].text == ")":
                return doc[i + 1].text in DATELINE_MARKS
        return False

    def _part_of_a_name(self, match: AliasMatch) -> bool:
        """'Handelsgericht Wien', 'University College London', 'Washington Post', 'Berlin Babylon':
        the capital names part of an institution. A capitalised word right before it (not opening the
        sentence, nor an adverb opening a clause), or a proper noun right after it (needs the tagger)
        that the parse joins to it, makes it a name part."""
        previous = self._word_before(match.start)
        opens_sentence = previous is None or previous.is_sent_start or previous.is_punct
        genitive = self.doc[match.start].text.endswith("s")  # "die Reaktion Berlins": the actor
        capitalised_before = not opens_sentence and not genitive and previous.text[:1].isupper()
        # an adverb opening a ticker entry or a comment after a dash or colon ("15:10 Uhr – Auch Ankara
        # geißelt …", "Kommentar: Selbst Peking mahnt …") is no part of a name: the capital is the subject
        capitalised_before = capitalised_before and previous.pos_ != ADVERB
        if (
            capitalised_before
            and previous.text not in DETERMINERS_DE | GOVERNMENT_SEATS
            and previous.i not in self.kb_named
        ):
            return True
        following = self.doc[match.end] if match.end < len(self.doc) else None
        return (
            following is not None
            and following.pos_ == "PROPN"
            and following.i not in self.kb_named
            and _joined(self.doc[match.start : match.end], following)
        )

    def _visited_or_attacked(self, match: AliasMatch) -> bool:
        """The city as a place: 'besuchte Kiew', 'Kiew mit Drohnen angegriffen' (verb: needs the
        parser and lemmatizer); 'nordwestlich von Kiew', 'die Anschläge von Paris' ('von' makes an
        actor only before a participle: 'von Moskau unterstützte'); 'das düstere London' (an
        attributive adjective, STTS ADJA: needs the tagger); 'Linz und Wien' (listed with a non-capital place)."""
        token = self.doc[match.start]
        previous, previous2 = self._word_before(match.start), self._word_before(match.start, 1)
        following = self.doc[match.end] if match.end < len(self.doc) else None
        if previous is not None and previous.text == "von":
            direction = previous2 is not None and previous2.text.endswith(DIRECTION_ENDINGS)
            participle = following is not None and (
                following.tag_ in {"ADJA", "VVPP"} or _looks_like_participle(following.text)
            )
            if direction or (following is not None and following.text in DISTANCE_WORDS):
                return True  # "nordwestlich von Kiew", "weit von Kiew entfernt"
            if not participle and not _lassen_passive(self.doc, match.end):
                return True
        attributive = previous is not None and previous.tag_ == "ADJA" and previous.text[:1].islower()
        if attributive and previous2 is not None and previous2.tag_ in {"ART", "APPRART", "ADJA", "$,"}:
            return True  # "im chaotischen, geisterhaften London", not "verschärfte Moskau"
        if previous is not None and previous.text in {"und", "oder", ","} and previous2 is not None:
            listed_place = any(e.label_ == "LOC" and e.start <= previous2.i < e.end for e in self.doc.ents)
            if listed_place and not (self.last and self.last[1]):
                return True
        return token.dep_ in {"oa", "dobj", "obj"} and token.head.lemma_ in PLACE_VERBS

    def _source_follows(self, match: AliasMatch) -> bool:
        """'Aus Moskau kam scharfe Kritik', 'aus Washington hieß es': what comes from the capital
        follows it within a few words."""
        following = self.doc[match.end : match.end + SOURCE_AFTER_AUS_WINDOW]
        return any(t.text in SENT_NOUNS for t in following)

    def _sent_from_there(self, match: AliasMatch) -> bool:
        """'Kritik kam aus Bratislava', 'Rückendeckung erhielt Ottawa aus Washington'."""
        preceding = {t.text for t in self.doc[max(match.start - 1 - SENT_WINDOW, 0) : match.start - 1]}
        return bool(preceding & SENT_NOUNS) and bool(preceding & COMING_OR_RECEIVING)

    def _it_is_said_there(self, match: AliasMatch) -> bool:
        """'In Moskau hieß es, ...', 'hieß es in Washington': the government speaks, not the city."""
        after = [t.text for t in self.doc[match.end : match.end + 2]]
        before = [t.text for t in self.doc[max(match.start - 3, 0) : match.start - 1]]
        return any(words[:1] in (["hieß"], ["heißt"]) and words[1:] == ["es"] for words in (after, before))

    def government(self, match: AliasMatch) -> tuple[str, ...]:
        """The government a capital stands for here, or () when it is the place."""
        doc = self.doc
        previous, previous2 = self._word_before(match.start), self._word_before(match.start, 1)
        before = previous.text if previous is not None else ""
        before2 = previous2.text if previous2 is not None else ""
        after = doc[match.end].text if match.end < len(doc) else ""
        # "dem Machthaber in Minsk, Alexander Lukaschenko": the named person carries the role
        named_after = after == "," and parse_role_de(before2) is not None
        governing_agent = before == "in" and _seated_there(before2) and not named_after
        speaks = (
            (before == "durch" and self._agent_after_durch(match))
            or (before == "aus" and before2 in SOURCE_BEFORE_AUS)
            or (before in {"aus", "Aus"} and self._source_follows(match))
            or (before in {"aus", "von"} and self._sent_from_there(match))
            or (before == "nach" and before2 in RELATION_BEFORE_NACH)
            or (before in {"in", "In"} and self._it_is_said_there(match))
        )
        if before in {"und", "oder", ","} and self.last is not None and self.last[0] == match.start - 2:
            # "Kritiker in Warschau und Vilnius": the second capital shares the first one's reading
            accepted = self.last[1]
            self.last = (match.start, accepted)
            if not accepted:
                return ()
            # "Washington und Brüssel lobten ...": Brussels as an actor is still the EU or NATO
            if doc[match.start].text in BRUSSELS:
                return self._brussels(match.start)
            return _as_court(self.doc, match)
        if self._owns_what_follows(match, before):
            self.last = (match.start, True)
            return match.actor_ids
        locative = before in LOCATIVE_PREPOSITIONS or before in CITY_NOUNS
        # a dateline ("Wien – Die Gewerkschaft ...", "Washington/Teheran –") names the place of writing
        dateline = after in DATELINE_MARKS or before == "/" or self._agency_dateline(match)
        accepted = not dateline and not (locative and not governing_agent and not speaks)
        accepted = accepted and not self._part_of_a_name(match) and not self._visited_or_attacked(match)
        self.last = (match.start, accepted)
        if not accepted:
            self.place_uses.add((match.start, match.end))
            self.place_governments[(match.start, match.end)] = match.actor_ids[0]
            return ()
        if doc[match.start].text in BRUSSELS:
            return self._brussels(match.start)
        return _as_court(self.doc, match)

    def _agent_after_durch(self, match: AliasMatch) -> bool:
        """ "die Ausweisung der Diplomaten durch Moskau", "wurden durch Peking festgenommen": after an act
        noun or in a passive, "durch" names who acts, not the way through the city."""
        durch = match.start - 1
        phrase = []
        for token in reversed(self.doc[max(durch - AGENT_PHRASE_WINDOW, 0) : durch]):
            if token.is_quote:
                continue  # "eine „politische Verfolgung“ durch Washington"
            if token.is_punct or token.pos_ in VERBAL_POS:
                break
            phrase.append(token.text)
        act_noun = any(w.endswith(ACT_NOUN_ENDINGS) or w in ACT_NOUNS for w in phrase if w[:1].isupper())
        clause_before = (
            self.doc[self.doc[durch].sent.start : durch] if self.doc.has_annotation("SENT_START") else []
        )
        following = self.doc[match.end] if match.end < len(self.doc) else None
        participle = following is not None and (
            following.tag_ == "VVPP" or _looks_like_participle(following.text)
        )
        passive = participle and any(t.lower_ in PASSIVE_AUXILIARIES for t in clause_before)
        return act_noun or passive

    def _owns_what_follows(self, match: AliasMatch, before: str) -> bool:
        """'Pekings Chefdiplomat', 'Moskaus Truppen': a capital in the genitive before a role or an
        agent noun owns it, so it is the government whatever the words before it say (the parse
        often makes a sentence-initial genitive part of a name)."""
        doc = self.doc
        genitive = doc[match.end - 1].text.endswith("s")
        if not genitive or match.end >= len(doc) or before in LOCATIVE_PREPOSITIONS:
            return False
        following = doc[match.end].text
        return parse_role_de(following) is not None or agent_sector_de(following) is not None

    def _brussels(self, position: int) -> tuple[str, ...]:
        """Brussels speaks for the EU or for NATO: the one its sentence names more (the EU by "Sanktionen",
        "die Kommission", "von der Leyen"; NATO by "die Allianz", "Rutte"), else the one its paragraph names
        more, else the one the article names more, else the EU, which German news means by "Brüssel"."""
        doc = self.doc
        sentence = doc[position].sent if doc.has_annotation("SENT_START") else doc[:]
        for passage in (sentence, paragraph_of(sentence), doc[:]):
            eu, nato = _union_and_alliance_cues(passage)
            if eu != nato:
                return (EU_ID,) if eu > nato else ("igo:nato",)
        return (EU_ID,)


def _as_court(doc: Doc, match: AliasMatch) -> tuple[str, ...]:
    """The Hague as an actor is the international court the article reports on ("Seit Den Haag einen
    Haftbefehl gegen Putin erlassen hat" after the International Criminal Court was named); otherwise,
    like any capital, the government."""
    court = seated_court(doc[match.start : match.end])
    return match.actor_ids if court is None or court == EU_ID else (court,)


def seated_court(place: Span) -> str | None:
    """The KB id of the international court a seat stands for in this article: The Hague is the court
    the article names (the ICC by "Strafgerichtshof", the ICJ by "Gerichtshof"), where it names one and
    no Dutch actor; Luxembourg the EU's Court of Justice ("die Richter in Luxemburg"). An article on
    both courts ("der Gründungsvertrag des Internationalen Strafgerichtshofs in Den Haag" in a story
    that also names the ICJ) means the one the place's sentence names, else the one its paragraph names."""
    doc = place.doc
    if place.text == EU_COURT_SEAT:
        return EU_ID
    if place.text != THE_HAGUE or any(t.lower_.startswith(DUTCH_CUES) for t in doc):
        return None
    sentence = place.sent if doc.has_annotation("SENT_START") else doc[:]
    for passage in (sentence, paragraph_of(sentence), doc[:]):
        courts = {court for t in passage for stem, court in COURT_CUES.items() if t.lower_.startswith(stem)}
        if courts:
            return courts.pop() if len(courts) == 1 else None
    return None


def _seated_there(word: str) -> bool:
    """'die Regierung in Warschau', 'das Regime in Teheran', 'ein Revolutionsgericht in Teheran',
    'ein Sprecher in Peking': an institution or office of the state seated in its capital. A mission
    or envoy is posted abroad ("die Botschaft in Berlin", "der Botschafter in Berlin"): the place."""
    if word.removesuffix("s") in GOVERNMENT_SEATS:
        return True
    if _posted_abroad(word):
        return False
    sector = compound_agent_sector(word)
    return (sector is not None and sector != STATE) or _unowned_office(word)


def seated_office(word: str) -> bool:
    """'ein Sprecher in Peking', 'der Präsident in Kiew': an office of no named state, no citizen and no
    journalist, that a following capital places in its state; an envoy is posted abroad."""
    return _unowned_office(word) and not _posted_abroad(word)


def _unowned_office(word: str) -> bool:
    """An office word that names no state, no citizen and no journalist ("Sprecher", "Präsident")."""
    role = parse_role_de(word)
    return role is not None and not role.owner and role.role not in ROLE_SECTORS


def _posted_abroad(word: str) -> bool:
    return word.startswith(POSTED_ABROAD) or any(p.lower() in word for p in POSTED_ABROAD)


def seat_sector(word: str) -> str | None:
    """The CAMEO sector of an institution that a following "in <capital or state>" places in its own
    state: "die Regierung in Vilnius" (GOV), "ein Militärgericht in Minsk" (JUD), "die Junta in
    Niamey", "die Armee im Sudan" (MIL). People and units that travel or are deployed abroad
    ("Truppen", "Delegation", "Unterhändler") and missions abroad are not placed so."""
    if word.removesuffix("s") in GOVERNMENT_SEATS:
        return "GOV"
    if _posted_abroad(word) or word.lower().endswith(DEPLOYABLE_HEADS) or word == "Kräfte":
        return None
    sector = compound_agent_sector(word)
    return sector if sector != STATE else None


def _joined(name: Span, following: Token) -> bool:
    """Whether the parse makes `following` a part of the name `name` ends ("Washington Post": flat)
    rather than a phrase of its own ("verhängte Washington Einreisesperren": the object, a plural noun
    the tagger took for a name; "wird Nur-Sultan Moskau ... den Rücken stärken": another actor).
    Without a parse, any proper noun after it is."""
    if not following.doc.has_annotation("DEP"):
        return True
    # a name's later words hang on its first ("Washington Post": flat); a capital hanging on the noun
    # after it ("wirft Canberra Wortbruch vor" read as a compound) is no name's first word
    return following.dep_ in NAME_PART_DEPS and name.start <= following.head.i < name.end


def _lassen_passive(doc: Doc, after: int) -> bool:
    """'sich von Peking erpressen zu lassen', 'ließ sich von Moskau nicht unter Druck setzen': after
    "von" the capital is the agent of an infinitive that a form of "lassen" turns passive, within a
    few words of it and in the same clause."""
    for token in doc[after : after + LASSEN_WINDOW + 1]:
        if token.is_punct:
            return _lassen_in_front(doc, after, token.i)
        if token.lower_ in LASSEN_FORMS:
            before = doc[token.i - 1] if doc[token.i - 1].lower_ != "zu" else doc[token.i - 2]
            return before.i >= after and before.text.islower() and before.text.endswith("en")
    return False


def _lassen_in_front(doc: Doc, after: int, end: int) -> bool:
    """'Polen lässt sich von Moskau nicht erpressen': in a main clause the finite "lassen" comes first, with
    its reflexive, and the infinitive closes the clause right before the punctuation at `end`."""
    last = doc[end - 1]
    if end - 1 < after or not (last.text.islower() and last.text.endswith("en")):
        return False
    clause = []
    for token in reversed(doc[max(after - LASSEN_WINDOW - 2, 0) : after]):
        if token.is_punct:
            break
        clause.append(token.lower_)
    lassen = next((i for i, word in enumerate(clause) if word in LASSEN_FORMS), None)
    return lassen is not None and any(word in REFLEXIVE_PRONOUNS for word in clause[:lassen])


def _looks_like_participle(word: str) -> bool:
    """'unterstützte', 'verlangt', 'gesteuerten': a past participle by its ending, for when the tagger
    has none or misreads it as a finite verb ("wie von Moskau verlangt")."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 5
        and word.endswith(("t", "te", "ten", "tes", "ter", "tem"))
    )


def _union_and_alliance_cues(passage: Span) -> tuple[int, int]:
    """How many words of the passage name the EU, and how many NATO."""
    eu = sum(_names_the_union(t) for t in passage)
    nato = sum(t.lower_.startswith(NATO_CUES) for t in passage)
    return eu, nato


def _names_the_union(token: Token) -> bool:
    """The word names the EU; "Beitritt" only where it is no accession to NATO, which German news of
    Brussels reports as often as one to the EU."""
    word = token.lower_
    if word.startswith(ACCESSION_CUES):
        return not _joins_the_alliance(token)
    return word in EU_WORDS or word.startswith(EU_CUES)


def _joins_the_alliance(accession: Token) -> bool:
    """The phrase after an accession noun names NATO: "Beitritt zum Bündnis". It runs to the next
    punctuation or verb, however many joiners it lists first ("der Beitritt Schwedens und Finnlands zur
    Nato"), not across the clause ("Beitritt erwarten, sagte Rutte")."""
    doc = accession.doc
    end = accession.sent.end if doc.has_annotation("SENT_START") else len(doc)
    for token in doc[accession.i + 1 : end]:
        if token.is_punct or token.pos_ in VERBAL_POS:
            return False
        if token.lower_.startswith(NATO_CUES):
            return True
    return False
