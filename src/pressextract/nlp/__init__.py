"""The spaCy side: one Language built from a pipeline config, plus our own components."""
