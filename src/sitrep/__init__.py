"""sitrep: news reports of political violence in, evidence-backed incident records out."""

__version__ = "0.1.0"
