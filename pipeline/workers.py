"""Worker processes that never outlive their parent, and a batch that survives a dead worker.

- :func:`die_with_parent` (a pool worker's first act): on Linux the kernel sends the worker SIGTERM
  when the process that started it dies, so killing `fengong extract --jobs N` (even with SIGKILL)
  ends its workers instead of leaving them orphaned and blocked.
- A worker that dies (killed, out of memory) breaks the whole process pool: every file still in the
  pool fails with it. :mod:`pipeline.run.batch` re-runs those files one at a time in a fresh pool
  (:func:`isolated`), so only the file whose worker died fails and the rest of the batch goes on.
"""

from __future__ import annotations

import os
import signal

PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int | None = None) -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: nothing to ask for
        return
    if parent is not None and os.getppid() != parent:  # the parent died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)
