"""Tests of the ingest stage (a package so its module names do not clash with other areas)."""
