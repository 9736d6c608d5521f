"""Political event knowledge: the CAMEO codebook with Goldstein scores and PLOVER categories, and the
German event lexicon.

Where to look in the German coder (entry point `coder.code_events`):

- which words name an act: `lexicon.py` and the tables in `lexicon_de/` (one per CAMEO root), `triggers.py`
  (a verb's separated particles: `trigger_particles.py`; the nouns that complete it: `trigger_objects.py`,
  matched to a row by `object_matching.py`; the row chosen among several: `row_choice.py`; a row's verb
  not meant in the sentence: `sense_filters.py`, expecting and fearing that name no act: `expectations.py`;
  readings that change a row's code: `trigger_readings.py`), word senses that are no act (`senses.py`,
  `sport.py`);
- who did it to whom, from the parse: `arguments.py`, `sources.py`, `passive_sources.py`, `noun_agents.py`,
  `recipients.py`, `meetings.py` (its word lists: `meeting_words.py`; a guest received is also a visit:
  `receptions.py`), subjects a weak parse misplaces (`subject_repairs.py`) or German leaves out in
  coordinated clauses (`shared_subjects.py`; a clause opening with its verb after "und" or a comma:
  `verb_first_clauses.py`; the names of gapped clauses, "Estland wies drei Diplomaten aus, Litauen zwei":
  `gapped_clauses.py`), actors before the finite verb where the parse took a thing for the subject
  (`prefield_subjects.py`), names opening a main clause whatever the parse hung them on
  (`initial_subjects.py`), the antecedent of a relative-pronoun subject (`relative_subjects.py`), crowds the
  parse loses (`crowd_sources.py`; a crowd at a town's site, "vor dem Parlament", is of the passage's
  state: `crowd_sites.py`, `place_states.py`); sources the
  subject only stands for: group nouns (`implicit_sources.py`: "beide Länder", "Kampfjets", "Tausende"),
  "sie"/"er" for a body (`pronoun_sources.py`), a plural "sie" for a list of sides (`plural_topics.py`), a state's court named by its kind (`court_sources.py`),
  someone's lawyers or supporters (`possessed_sources.py`), the subject of a verb that governs an act noun by
  a preposition (`governed_acts.py`); groups of leaders, envoys or agencies ("beide Staatschefs", "die
  Delegationen beider Länder", "die vier Staaten") as sources and targets (`group_actors.py`; their count
  words: `count_words.py`);
- targets the sentence does not name: `context_targets.py` and the `targets_*.py` rules (the camps within a
  state they compare: `targets_camps.py`; addressees at home: `targets_at_home.py`; people or goods of a
  nationality: `targets_by_nationality.py`; the accuser of a denial: `targets_accusers.py`; no subject of a
  neighbouring clause: `targets_parallel_clauses.py`; the items of a list the parse broke up: `targets_listed.py`; a country noun pointing back, "gegen das Land", "dem
  Nachbarland": `targets_country_nouns.py`; the state of a court whose ruling is judged:
  `targets_verdicts.py`; the parties of an agreement someone judges: `targets_agreements.py`; the other side
  where a third party appealed to or mediated between two: `targets_third_parties.py`; a target still
  missing: the state most named just before, `targets_filled.py`; a cooperative act or concession with no
  target: the other side of the source's latest coded exchange, `targets_remembered.py`),
  the two sides of a fight ("Gefechte zwischen Armee und Miliz": `fighting_sides.py`),
  places struck by an attack (`struck_places.py`), events an article only refers back to (`anaphora.py`);
- how acts combine into events: `one_act.py`, `intentions.py` (with `prospects.py`, `halted_acts.py`; promise
  and offer verbs: `pledge_verbs.py`; talks held out or proposed are offers of talks: `offered_meetings.py`),
  `refusals.py` (the deed a denial of involvement denies: `denied_involvement.py`; refused acts with no
  code of their own: `refused_acts_uncoded.py`), `ruled_out_acts.py`, `reported_acts.py`, `reported_demands.py` (what
  another side is said to have to do), `demanded_acts.py` (acts asked of a named
  addressee: `addressee_acts.py`; concessions an appeal asks of its addressee: `asked_concessions.py`; envoys told to leave the country are
  expelled: `ordered_departures.py`), `warned_consequences.py`, `announced_threats.py` (the measure a threat holds out: `threatened_measures.py`),
  `reported_verdicts.py`,
  `embedded_acts.py` (acts named inside a verb construction), meetings that are the setting of another act
  (`setting_meetings.py`), what someone is thanked for (`credited_acts.py`), `mass_killings.py` and `mass_expulsions.py` (the count
  of victims they read: `counts.py`),
  `sentence_rules.py`,
  `onlookers.py` (commentary is no event, its commentators: `onlooker_words.py`; nor is a statement never made: `unsaid_statements.py`, nor a breach
  of law someone only claims: `claimed_violations.py`),
  `private_crime.py` (police and court news about ordinary crime is no political event);
- whether it happened (factuality): `modality.py` and its parts `modality_words.py`, `event_clauses.py`,
  `negation_scope.py`, `conditions.py`, `speculation.py`, `listed_options.py` (the items of a list of options),
  `framing_clauses.py`, `future_acts.py`;
- when and where: `circumstances.py`; codes, Goldstein and PLOVER: `codebook.py` (built by `build.py`);
- how likely a coded event is right: `confidence.py`, a stage of its own after the event anaphora.

The English coder is `english.py` over the PETRARCH2 dictionaries (`petrarch_*.py`, `build_petrarch.py`).
"""
