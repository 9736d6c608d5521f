"""Political event knowledge: the CAMEO codebook with Goldstein scores and PLOVER categories, and the
German event lexicon."""
