"""`python -m desktop_app.cli`: the same `fieldref` as the installed entry point."""

import sys

from desktop_app.cli.main import main

sys.exit(main())
