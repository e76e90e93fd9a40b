"""Worker processes that outlive the files they fail on.

Each worker parses a few files per message and answers file by file, so the supervisor always
knows which file a worker is on. A worker that dies (killed for memory, a crash in a library)
or overruns its budget by a margin (stuck where no signal reaches) is ended and replaced: the
file it was on fails with the reason, the rest of its files go to the queue again, and the run
goes on. Workers end with their parent: they are told on Linux, and elsewhere find their pipe
closed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from .budget import Budget, time_over

T = TypeVar("T")
R = TypeVar("R")

_GRACE = 5.0  # seconds past the budget before a worker that the timer could not stop is killed


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # it died before we asked to be told
        os._exit(1)


def _serve(connection: Connection, work: Callable[[Any], Any], parent: int, others: list[Connection]) -> None:
    _die_with_parent(parent)
    for other in others:  # the supervisor's ends of the other workers' pipes: held here, they would never close
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the supervisor's to handle
    while True:
        try:
            chunk = connection.recv()
        except (EOFError, OSError):
            return  # the supervisor is gone
        for item in chunk:
            connection.send(work(item))


@dataclass
class _Worker:
    process: Any
    connection: Connection
    chunk: deque[Any] = field(default_factory=deque)  # sent, not yet answered
    since: float = 0.0  # when the file it is on began


def supervised(
    work: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    failed: Callable[[T, str], R],
    budget: Budget,
    chunk: int = 8,
    grace: float = _GRACE,
) -> Iterator[R]:
    """Results of `work` over `items` as they finish, in `jobs` processes; an item whose worker
    died, or overran the budget's time by a margin, gives `failed(item, reason)`. `work` keeps
    the budget itself (budget.within) and makes its own result of the error."""
    pool = _Supervisor(work, items, jobs, failed, max(1, min(chunk, len(items) // (jobs * 4) or 1)))
    limit = None if budget.seconds is None else budget.seconds + grace
    try:
        pool.workers.extend(pool.start() for _ in range(min(jobs, len(items))))
        while pool.queue or any(w.chunk for w in pool.workers):
            for k, worker in enumerate(pool.workers):
                if not worker.chunk and pool.queue:
                    pool.workers[k] = pool.feed(worker)
            ready = wait([w.connection for w in pool.workers] + [w.process.sentinel for w in pool.workers],
                         timeout=min(1.0, limit) if limit else None)
            now = time.monotonic()
            for worker in list(pool.workers):
                if worker.connection in ready:
                    try:
                        while worker.connection.poll():
                            result = worker.connection.recv()
                            worker.chunk.popleft()
                            worker.since = now
                            yield result
                        continue
                    except (EOFError, OSError):
                        pass  # it died mid-answer: as below
                if worker.chunk and (worker.process.sentinel in ready or not worker.process.is_alive()):
                    code = worker.process.exitcode
                    yield pool.replace(worker, "the process reading it died" + (
                        " (killed: out of memory?)" if code == -signal.SIGKILL else f" (exit status {code})"))
                elif worker.chunk and limit is not None and now - worker.since > limit:
                    yield pool.replace(worker, time_over(budget.seconds))
    finally:
        pool.close()


class _Supervisor(Generic[T, R]):
    """The workers of one run and the items not yet answered: a worker is started, fed a chunk,
    and replaced when it dies or overruns, its unbegun items going round again."""

    def __init__(self, work: Callable[[T], R], items: Sequence[T], jobs: int, failed: Callable[[T, str], R], size: int) -> None:
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else None)  # forked: the pipeline is already imported
        self.work, self.failed, self.size = work, failed, size
        self.queue: deque[T] = deque(items)
        self.workers: list[_Worker] = []

    def start(self) -> _Worker:
        ours, theirs = self.context.Pipe()
        others = [ours, *(w.connection for w in self.workers)]
        process = self.context.Process(target=_serve, args=(theirs, self.work, os.getpid(), others), daemon=True)
        process.start()
        theirs.close()
        return _Worker(process, ours)

    def feed(self, worker: _Worker) -> _Worker:
        batch = [self.queue.popleft() for _ in range(min(self.size, len(self.queue)))]
        try:
            worker.connection.send(batch)
        except OSError:  # it died between files: a new one takes the files
            self.queue.extendleft(reversed(batch))
            worker.process.join()
            worker.connection.close()
            return self.start()
        worker.chunk.extend(batch)
        worker.since = time.monotonic()
        return worker

    def replace(self, worker: _Worker, reason: str) -> R:
        item = worker.chunk.popleft()
        self.queue.extendleft(reversed(worker.chunk))  # the files it had not begun go round again
        worker.chunk.clear()
        worker.process.kill()
        worker.process.join()
        worker.connection.close()
        self.workers.remove(worker)
        if self.queue:
            self.workers.append(self.start())
        return self.failed(item, reason)

    def close(self) -> None:
        for worker in self.workers:
            worker.connection.close()
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join()

