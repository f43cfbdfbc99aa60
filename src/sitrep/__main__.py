"""``python -m sitrep`` runs the command line."""

from .cli import main

main()
