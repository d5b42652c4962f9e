"""`python -m nursingqc` is the same as the `nursingqc` command."""

import sys

from nursingqc.cli.main import main

sys.exit(main())
