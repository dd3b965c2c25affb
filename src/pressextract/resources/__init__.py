"""Language data shared by the nlp components and the extractors: word lists, gazetteers, places
and the shapes of names. It sits at the bottom of the package with ingest: it imports neither
nlp nor extractors, so both of those can import it."""
