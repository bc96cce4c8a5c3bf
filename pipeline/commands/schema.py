"""`fengong schema`: the JSON Schema of the output, generated from the record models."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import EXIT_OK


def add_parser(commands) -> None:
    parser = commands.add_parser("schema", help="print the JSON Schema of the output", description="Print the JSON Schema generated from the record models (schemas/ holds a copy).")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")


def run(args: argparse.Namespace) -> int:
    from ..export import json_schema, write_atomic

    if args.output:
        write_atomic(Path(args.output), json_schema())
    else:
        sys.stdout.write(json_schema())
    return EXIT_OK
