"""`fengong extract --engine dask`: the files of a run extracted on a Dask cluster, one task per file.

We do not schedule: Dask does. Each task is :func:`pipeline.run.notice.process` — the function the
serial loop and ``--jobs`` call — on one path; it reads the input on the worker and writes its JSON
there (atomically), or sends back the notice's Parquet rows. The workers must therefore see the
inputs and OUTDIR at the paths the client names (a shared file system; on a local cluster they do);
relative paths are taken from the client's working folder.

Failures, per file as with ``--jobs``: an input that cannot be extracted is reported on its line and
the others go on. A worker that dies (killed, out of memory) takes its running task with it; its
nanny starts a new worker and the scheduler gives the task to a worker again, until the task has
been running on ``distributed.scheduler.allowed-failures`` dying workers (Dask's default, 3): then
that file alone is reported failed ("the worker process died"). A retried task writes the same
output over the same path, atomically, so a retry is harmless.

Dask is an optional extra (``pip install 'fengong[dask]'``): imported here only when the engine runs.
"""

from __future__ import annotations

import logging
import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from ..errors import FengongError
from .notice import Outcome, failed, process

IN_FLIGHT = 1000  # files submitted and not yet reported back
MISSING = "needs Dask, an optional extra: pip install 'fengong[dask]'"


class DaskEngine:
    """Extract on ``scheduler`` (an address), or on a local cluster of ``workers`` processes (one
    thread each, loopback only, no dashboard) started for the run and stopped after it.

    ``task`` is what runs per file (``process``; a test gives one that kills its worker once)."""

    def __init__(self, scheduler: str | None = None, workers: int = 2, task: Callable[..., Outcome] = process):
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise FengongError("--engine dask", MISSING) from None
        self.scheduler = scheduler
        self.workers = workers
        self.task = task

    def __call__(self, todo: list[Path], outputs: dict[Path, Path], units_files, fmt: str, report: Callable[[Outcome], None], bar) -> None:
        """Keep at most :data:`IN_FLIGHT` files submitted (the scheduler holds a few KB per task: a
        corpus of millions is never submitted at once), and report outcomes in input order as soon
        as every earlier one is in, while the bar counts completions as they happen (as ``--jobs``)."""
        from distributed import as_completed

        if not todo:
            return
        with self._client() as client:
            run = uuid.uuid4().hex[:8]
            cwd = os.getcwd()  # a worker's own may be another: relative paths are the client's

            def submit(i: int):
                output = outputs[todo[i]] if fmt == "json" else None
                return client.submit(self.task, todo[i], output, units_files, fmt, cwd=cwd, key=f"fengong-{run}-{i}", pure=False)

            first = [submit(i) for i in range(min(IN_FLIGHT, len(todo)))]
            submitted = len(first)
            index = {future.key: i for i, future in enumerate(first)}
            running = as_completed(first)
            ready: dict[int, Outcome] = {}
            next_index = 0
            for future in running:
                i = index.pop(future.key)
                ready[i] = _outcome(future, todo[i])
                future.release()  # its result is ours now: the cluster need not keep it
                if submitted < len(todo):
                    index[f"fengong-{run}-{submitted}"] = submitted
                    running.add(submit(submitted))
                    submitted += 1
                bar.done += 1
                while next_index in ready:
                    report(ready.pop(next_index))
                    next_index += 1
                bar.draw()

    @contextmanager
    def _client(self):
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                client = Client(self.scheduler, timeout="10s")
            except (OSError, TimeoutError) as err:
                raise FengongError(self.scheduler, f"cannot reach the Dask scheduler: {err}") from None
            with client:
                yield client
            return
        with LocalCluster(
            n_workers=self.workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            # no dashboard; its HTTP routes (health) on a free loopback port, not 8787 on a busy machine
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            # Dask's own log lines are not a clerk's: a file's failure is reported on its line, and
            # at shutdown a worker's last heartbeat may meet a closed scheduler and log a traceback
            silence_logs=logging.CRITICAL,
        ) as cluster, Client(cluster) as client:
            yield client


def _outcome(future, path: Path) -> Outcome:
    """The file's outcome; a task that raised (``process`` never does) or whose workers kept dying
    is that file's failure alone."""
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        return failed(path, "internal error: the worker process died (each time it was retried)")
    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be sent back
        return failed(path, f"internal error: {type(exc).__name__}: {exc}")
