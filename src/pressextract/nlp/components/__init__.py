"""pressextract's spaCy components. Importing this package registers their factories
(`pressextract_<name>`) with spaCy; `nlp.build` adds the ones a pipeline config lists."""
from pressextract.nlp.components import person_repair  # noqa: F401
