"""Events as comparable tuples (or records and dicts), the shared helpers of the event-coder tests (German unless
a `lang` is given)."""

from functools import cache

from lagebild import analyze
from lagebild.events.confidence import STAGE as CONFIDENCE_STAGE
from lagebild.pipeline import build_pipeline


def state_or_igo(actor) -> str | None:
    """The state of an event's source or target, else its actor code (an IGO), None for no actor."""
    return actor and (actor.country or actor.actor_code)


def coded_events(text: str, date: str, keep_implausible: bool = False) -> list[tuple]:
    """(code, source state/IGO, target state/IGO, modality) of every event coded in `text`; with
    `keep_implausible` also those the confidence stage drops (see `events_of`)."""
    records = events_of(text, date, keep_implausible=keep_implausible)
    return [(e.code, state_or_igo(e.source), state_or_igo(e.target), e.modality) for e in records]


@cache
def _pipeline_keeping_implausible_events():
    nlp = build_pipeline("de")
    nlp.replace_pipe(CONFIDENCE_STAGE, CONFIDENCE_STAGE, config={"drop_implausible": False})
    return nlp


def coded_dyads(text: str, date: str) -> set[tuple]:
    """(code, source state/IGO, target state/IGO) of the events coded in `text`, whatever their modality."""
    return {(code, source, target) for code, source, target, _ in coded_events(text, date)}


def events_of(text: str, date: str, lang: str = "de", keep_implausible: bool = False) -> list:
    """The event records coded in `text`, for tests that look at more than the tuples. With `keep_implausible`
    (German only) none is dropped as implausible: for tests of the coder on a lone sentence, which lacks the
    context (a target named before, the article's protagonists) that the confidence model, trained on whole
    articles, finds an event plausible by."""
    nlp = _pipeline_keeping_implausible_events() if keep_implausible else None
    return analyze(text, date=date, lang=lang, nlp=nlp).events


def state_of(actor) -> str | None:
    """The state of an event's source or target, None for no actor or an actor of no state."""
    return actor.country if actor is not None else None


def source_states(text: str, date: str, root: str, keep_implausible: bool = False) -> set[str]:
    """The states of the sources of the events of CAMEO `root` coded in `text` (with `keep_implausible`
    also of those the confidence stage drops)."""
    return {
        e.source.country
        for e in events_of(text, date, keep_implausible=keep_implausible)
        if e.code.startswith(root) and e.source is not None
    }


def root_pairs(text: str, date: str, root: str) -> set[tuple]:
    """(source state, target state) of the events of CAMEO `root` coded in `text`."""
    return {
        (state_of(e.source), state_of(e.target)) for e in events_of(text, date) if e.code.startswith(root)
    }


def country_events(text: str, date: str, lang: str = "de") -> list[tuple]:
    """(code, source state, target state, modality) of every event: states only, an IGO counts as None."""
    return [(e.code, state_of(e.source), state_of(e.target), e.modality) for e in events_of(text, date, lang)]


def state_pairs(text: str, date: str, code: str) -> list[tuple]:
    """(source state, target state) of the events of `code` coded in `text`, in order."""
    return [(state_of(e.source), state_of(e.target)) for e in events_of(text, date) if e.code == code]


def country_roots(text: str, date: str) -> set[tuple]:
    """(CAMEO root, source state, target state, modality) of the events coded in `text`, states only."""
    return {
        (code[:2], source, target, modality) for code, source, target, modality in country_events(text, date)
    }


def event_dicts(text: str, date: str) -> list[dict]:
    """The events coded in `text` as plain dicts (`model_dump`), for tests that index their fields."""
    return [e.model_dump() for e in events_of(text, date)]


def root_dyads(events: list[dict], root: str) -> set[tuple]:
    """(source state, target state, modality) of the `event_dicts` of one CAMEO root."""
    return {
        (dict_state(e["source"]), dict_state(e["target"]), e["modality"]) for e in events if e["root"] == root
    }


def modality_events(text: str, date: str) -> list[tuple]:
    """(code, modality, source state, target state) of every event, for tests about factuality."""
    return [(code, modality, source, target) for code, source, target, modality in country_events(text, date)]


def actor_code_events(text: str, date: str) -> list[tuple]:
    """(code, source actor code, target actor code) of every event, e.g. ("114", "LTUGOV", "RUSGOV")."""
    return [
        (e.code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
        for e in events_of(text, date)
    ]


def coded_triples(text: str, date: str) -> list[tuple]:
    """(code, source state/IGO, target state/IGO) of every event coded in `text`, in order."""
    return [(code, source, target) for code, source, target, _ in coded_events(text, date)]


def coded_codes(text: str, date: str) -> set[str]:
    """The CAMEO codes of the events coded in `text`."""
    return {code for code, *_ in coded_events(text, date)}


def coded_roots(text: str, date: str) -> set[str]:
    """The CAMEO roots of the events coded in `text`."""
    return {code[:2] for code, *_ in coded_events(text, date)}


def code_sources(text: str, date: str, code: str) -> set[str | None]:
    """The sources (state/IGO) of the events coded exactly `code` in `text`."""
    return {source for coded, source, *_ in coded_events(text, date) if coded == code}


def rooted_events(text: str, date: str) -> set[tuple]:
    """(CAMEO root, source state/IGO, target state/IGO, modality) of the events coded in `text`."""
    return {
        (code[:2], source, target, modality) for code, source, target, modality in coded_events(text, date)
    }


def root_modalities(text: str, date: str, root: str) -> set[str]:
    """The modalities of the events of CAMEO `root` coded in `text`."""
    return {modality for r, _, _, modality in rooted_events(text, date) if r == root}


def code_modalities(
    text: str, date: str, code: str | tuple[str, ...], keep_implausible: bool = False
) -> set[str]:
    """The modalities of the events whose CAMEO code starts with `code` (a root, a code such as "163", or
    a tuple of them); with `keep_implausible` also those the confidence stage drops (see `events_of`)."""
    events = coded_events(text, date, keep_implausible=keep_implausible)
    return {modality for coded, _, _, modality in events if coded.startswith(code)}


def source_root_targets(text: str, date: str) -> set[tuple]:
    """(source state/IGO, CAMEO root, target state/IGO) of the events coded in `text`."""
    return {(source, code[:2], target) for code, source, target, _ in coded_events(text, date)}


def sources_of_root(events: set[tuple], root: str) -> set[str | None]:
    """The sources of the `source_root_targets` events of CAMEO `root`."""
    return {source for source, r, _ in events if r == root}


def keyed_events(text: str, date: str) -> set[tuple]:
    """(source state, CAMEO root, target state, modality) of the events coded in `text`: the benchmark's
    key and the modality."""
    return {(state_of(e.source), e.root, state_of(e.target), e.modality) for e in events_of(text, date)}


def source_code_targets(text: str, date: str) -> list[tuple]:
    """(source state, code, target state) of every event coded in `text`, in order."""
    return [(state_of(e.source), e.code, state_of(e.target)) for e in events_of(text, date)]


def root_targets(text: str, date: str, root: str) -> set[str | None]:
    """The target states of the events of CAMEO `root` coded in `text`."""
    return {target for code, _, target, _ in country_roots(text, date) if code == root}


def events_of_root(text: str, date: str, root: str) -> list:
    """The event records of CAMEO `root` coded in `text`."""
    return [e for e in events_of(text, date) if e.root == root]


def dict_state(actor: dict | None) -> str | None:
    """The state of the source or target of an `event_dicts` event, None for no actor."""
    return actor["country"] if actor else None


def events_of_last_sentence(text: str, date: str) -> list:
    """The event records (none dropped as implausible) whose evidence is the last sentence of `text`, for
    tests of rules that read the sentences before."""
    last = text.rstrip().rsplit(". ", 1)[-1]
    return [e for e in events_of(text, date, keep_implausible=True) if e.evidence.text.strip() == last]
