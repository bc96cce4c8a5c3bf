"""One module per `fengong` subcommand; each has ``add_parser(subparsers)`` and ``run(args) -> int``.

Command modules import their heavy dependencies inside ``run`` so that `fengong --help` stays fast.
"""

COMMANDS = ("extract", "schema", "diff", "units", "ingest", "ledger", "search", "review")
