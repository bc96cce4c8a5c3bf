"""YAML read with libyaml's safe loader where PyYAML was built with it: the same data as `yaml.safe_load`, about six
times faster over the ~580 label files that `make eval` and the tests read (the pure-Python loader was most of
`make eval`'s time)."""

from pathlib import Path

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read(path: Path) -> object:
    """The YAML document of a UTF-8 file, as `yaml.safe_load` gives it (yaml.YAMLError when it is no YAML)."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SAFE_LOADER)
