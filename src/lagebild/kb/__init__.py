"""lagebild's actor knowledge base: who is who, with German and English names, CAMEO codes and
roles by date. `build` compiles it from the open data in `../shared/data`; `store` loads it."""
