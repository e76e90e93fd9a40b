"""A budget of time and memory for one file, so that no input, however built, holds a run up.

Time is kept by an interval timer whose signal raises in the parsing code (the regex engine
checks for signals too); memory by the process's address-space limit, set to what the process
already holds plus the budget, so that an allocation past it raises MemoryError instead of
calling in the kernel's out-of-memory killer. Both are POSIX facilities of the main thread;
elsewhere the budget is not kept, and the batch's supervisor (batch.py) still ends a worker
that overruns.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .errors import OverBudgetError

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

DEFAULT_SECONDS = 60.0
DEFAULT_MEMORY_MB = 2048


def _env_number(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    try:
        return float(value) if value else default
    except ValueError:
        return default


@dataclass(frozen=True)
class Budget:
    """What one file may cost; None (or 0 given on the command line) sets no limit."""

    seconds: float | None = DEFAULT_SECONDS
    memory_mb: int | None = DEFAULT_MEMORY_MB

    @classmethod
    def from_env(cls, seconds: float | None = None, memory_mb: int | None = None) -> Budget:
        """The budget the options give, else PLANPARSE_TIMEOUT and PLANPARSE_MAX_MEMORY_MB, else the defaults."""
        seconds = _env_number("PLANPARSE_TIMEOUT", DEFAULT_SECONDS) if seconds is None else seconds
        memory = _env_number("PLANPARSE_MAX_MEMORY_MB", DEFAULT_MEMORY_MB) if memory_mb is None else memory_mb
        return cls(seconds if seconds > 0 else None, int(memory) if memory > 0 else None)


UNLIMITED = Budget(None, None)


def time_over(seconds: float | None) -> str:
    """Why a file that ran out of time failed (said by the timer here, or by the pool's supervisor)."""
    return f"took longer than {seconds:g} s, the time one file may take (--timeout, PLANPARSE_TIMEOUT)"


class _OutOfTime(BaseException):
    """Raised by the timer; a BaseException so that no `except Exception` in a library swallows it."""


def _address_space() -> int:
    """The bytes of address space this process holds now (Linux: /proc; elsewhere 0)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


@contextmanager
def within(budget: Budget, path: str | None = None) -> Iterator[None]:
    """Run the block within the budget; over it, an OverBudgetError naming the file."""
    timed = budget.seconds is not None and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    held = _address_space() if budget.memory_mb is not None and resource is not None else 0
    previous_limit: tuple[int, int] | None = None
    previous_handler: Any = None
    if held:
        previous_limit = resource.getrlimit(resource.RLIMIT_AS)
        limit = held + budget.memory_mb * 2**20  # type: ignore[operator]
        hard = previous_limit[1]
        if hard == resource.RLIM_INFINITY or limit <= hard:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        else:
            previous_limit = None

    def out_of_time(_signum: int, _frame: Any) -> None:
        raise _OutOfTime

    if timed:
        previous_handler = signal.signal(signal.SIGALRM, out_of_time)
        signal.setitimer(signal.ITIMER_REAL, budget.seconds)  # type: ignore[arg-type]
    try:
        yield
    except _OutOfTime:
        raise OverBudgetError(time_over(budget.seconds), path) from None
    except MemoryError:
        raise OverBudgetError(f"needed more than {budget.memory_mb} MB, the memory one file may take "
                              "(--max-memory, PLANPARSE_MAX_MEMORY_MB)", path) from None
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)
        if previous_limit is not None:
            resource.setrlimit(resource.RLIMIT_AS, previous_limit)


def unlimited_child() -> None:
    """For a program started from within a budget (LibreOffice): the address-space limit lifted
    to what the parent may raise it to, since such a program reserves far more than it uses."""
    if resource is not None:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
