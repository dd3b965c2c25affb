"""The Dask engine: the same chunks on a Dask distributed cluster, the model loaded once per
worker by a worker plugin. Needs the optional extra: `pip install -e ".[dask]"`."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from pressextract.config import PipelineConfig
from pressextract.engines.worker import Release, failed, process_chunk, worker_nlp
from pressextract.errors import EngineUnavailable
from pressextract.manifest import Outcome

CONNECT_TIMEOUT = "10s"


class ModelPlugin(WorkerPlugin):
    """Loads the pipeline's model once on each worker, when the worker joins."""

    name = "pressextract-model"

    def __init__(self, config: PipelineConfig) -> None:
        self.config = config

    def setup(self, worker: Any) -> None:
        worker_nlp(self.config)

    def teardown(self, worker: Any) -> None:
        """Nothing to release: the model goes with the worker process."""


class DaskEngine:
    """Chunks submitted to a Dask cluster, a bounded window at a time; results in chunk order."""

    def __init__(self, config: PipelineConfig, workers: int, scheduler: str | None) -> None:
        self.config, self.workers, self.scheduler = config, max(1, workers), scheduler
        self.client: Any = None
        self.cluster: Any = None
        self.stopping = False

    def __enter__(self) -> DaskEngine:
        if self.scheduler is None:
            self.cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True,
                dashboard_address=None,
            )
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError, ValueError) as exc:
                raise EngineUnavailable(
                    f"the Dask scheduler at {self.scheduler} does not answer ({exc});"
                    " start it (`dask scheduler`) or leave out --scheduler for a local cluster"
                ) from exc
        self.client.register_plugin(ModelPlugin(self.config))
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None

    def stop(self) -> None:
        """Submit no more chunks; those already submitted finish."""
        self.stopping = True

    def map(self, chunks: Iterable[Sequence[Release]]) -> Iterator[list[Outcome]]:
        window: deque[tuple[list[Release], Any]] = deque()
        n_workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        # Each task carries the (small) config itself: a config scattered to the workers once
        # is lost with the worker holding it, and every task still needing it is cancelled.
        for chunk in chunks:
            if self.stopping:
                break
            chunk = list(chunk)
            window.append((chunk, self._submit(chunk)))
            if len(window) >= 2 * n_workers:
                yield self._result(*window.popleft())
        while window:
            yield self._result(*window.popleft())

    def _submit(self, chunk: list[Release]) -> Any:
        return self.client.submit(process_chunk, chunk, self.config, pure=False)

    def _result(self, chunk: list[Release], future: Any) -> list[Outcome]:
        # A release that kills its worker gets the task retried on others, then KilledWorker:
        # the chunk is then run again one release at a time to find the culprit.
        try:
            return future.result()
        except Exception:
            outcomes: list[Outcome] = []
            for release in chunk:
                one = self._submit([release])
                try:
                    outcomes.extend(one.result())
                except Exception as exc:
                    reason = (
                        f"the Dask worker failed on this release ({type(exc).__name__}: {exc});"
                        " the other releases went on"
                    )
                    outcomes.append(failed(release, reason, "worker"))
            return outcomes
