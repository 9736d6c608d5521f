"""Places: a gazetteer compiled from open data (`lagebild.geo.build`) and the geocoding of place
mentions in German and English text (used by the `lagebild_places` pipeline component)."""

from lagebild.geo.gazetteer import Candidate, Gazetteer, Place, load_gazetteer

__all__ = ["Candidate", "Gazetteer", "Place", "load_gazetteer"]
