"""Jinja2 with autoescape on, the page's CSS and JavaScript inlined, and a Content-Security-Policy
that lets only that one script run: a page opened from a shared drive fetches nothing."""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .. import __version__


@lru_cache(maxsize=None)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pipeline.review", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    css, js = _asset(env, "review.css"), _asset(env, "review.js")
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    env.globals.update(css=Markup(css), js=Markup(js), script_hash=f"sha256-{digest}", version=__version__)
    return env


def _asset(env: Environment, name: str) -> str:
    source, _, _ = env.loader.get_source(env, name)
    if "</" in source:
        raise ValueError(f"{name} must not contain '</': it is inlined in the page")
    return source


def render(template: str, **context) -> str:
    """The page ``template`` (a file in ``templates/``) rendered with ``context``."""
    return environment().get_template(template).render(**context)
