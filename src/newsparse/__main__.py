"""``python -m newsparse`` runs the CLI."""

from newsparse.cli import main

if __name__ == "__main__":
    main()
