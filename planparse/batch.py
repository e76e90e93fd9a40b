"""Many documents at once: find them, parse them in parallel processes, write every result.

Nothing is lost: each input ends as an output file or a line of errors.jsonl, and files that
are not documents are counted as skipped. Outputs are written to a temporary file and renamed,
so an interrupted run leaves no half-written file, and `skip_existing` resumes it.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .budget import UNLIMITED, Budget, within

if TYPE_CHECKING:
    from .models import Plan

#: What a folder is searched for when no --glob is given.
DOCUMENT_PATTERNS = ("*.txt", "*.docx", "*.doc", "*.wps", "*.rtf", "*.odt", "*.html", "*.htm", "*.xhtml", "*.pdf", "*.xlsx", "*.xls", "*.et")


@dataclass(frozen=True)
class Found:
    """The inputs a set of paths names, the files passed over as not documents, and the
    folders that could not be read (with why)."""

    files: list[Path]
    skipped: list[Path]
    unreadable: list[tuple[Path, str]] = field(default_factory=list)


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$"))  # dot files, and the lock files Word and WPS leave beside an open document


def _matches(name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name.lower(), pattern.lower()) for pattern in patterns)


def _readable_here(entry: Path, root: Path) -> bool:
    """A regular file, or a link to one inside the folder being read: a pipe or a device named
    *.txt would hang the run, and a link out of the folder (notes.txt -> /etc/passwd) would
    put a file that is no part of it into the output."""
    try:
        if not entry.is_symlink():
            return stat.S_ISREG(entry.lstat().st_mode)
        target = entry.resolve(strict=True)
        return target.is_file() and target.is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a dangling link, a loop
        return False


def discover(
    paths: Iterable[str | os.PathLike[str]],
    patterns: Sequence[str] = (),
    exclude: Sequence[str] = (),
    leave_out: Path | None = None,
) -> Found:
    """Files named directly, and the documents in folders (recursively, in name order).

    Folders' hidden files and lock files are passed over, and so are what is no regular file
    and links that lead out of the folder; symbolic links to folders are not followed, so a
    link loop cannot trap the walk; `leave_out` (an output folder inside an input folder) is
    never read. A subfolder that cannot be read is named in `unreadable`.
    """
    files: list[Path] = []
    skipped: list[Path] = []
    unreadable: list[tuple[Path, str]] = []
    wanted = tuple(patterns) or DOCUMENT_PATTERNS
    folders_out = tuple(pattern.rstrip("/") for pattern in exclude)  # --exclude 草稿 and 草稿/ leave out the folder, as rg does

    def cannot_read(error: OSError) -> None:
        unreadable.append((Path(error.filename), error.strerror or str(error)))

    for given in paths:
        path = Path(given)
        if not path.is_dir():
            files.append(path)  # named on purpose: read it, or say why not
            continue
        for folder, subfolders, names in os.walk(path, followlinks=False, onerror=cannot_read):
            here = Path(folder)
            subfolders[:] = sorted(
                d for d in subfolders
                if not _hidden(d) and (leave_out is None or (here / d).resolve() != leave_out.resolve())
                and not _matches(d, folders_out) and not _matches((here / d).relative_to(path).as_posix(), folders_out)
            )
            for name in sorted(names):
                candidate = here / name
                relative = candidate.relative_to(path).as_posix()
                if _hidden(name) or _matches(relative, exclude) or _matches(name, exclude):
                    continue
                (files if _matches(name, wanted) and _readable_here(candidate, path) else skipped).append(candidate)
    return Found(files, skipped, unreadable)


@dataclass
class Outcome:
    """What became of one input."""

    path: str
    plan_json: str | None = None
    doc_type: str | None = None
    activities: int = 0
    warnings: int = 0
    csv_rows: str = ""
    output: str | None = None
    error: str | None = None
    error_type: str | None = None
    reused: bool = False  # an existing output was kept (resume)

    @property
    def failed(self) -> bool:
        return self.error is not None


def _outcome_of(path: Path, plan: Plan, output: str | None = None, reused: bool = False, keep_json: bool = False) -> Outcome:
    from .writers import csv_text, plan_json

    return Outcome(
        path=str(path), plan_json=plan_json(plan, indent=None) if keep_json else None, doc_type=plan.doc_type,
        activities=len(plan.activities), warnings=len(plan.warnings) + sum(len(a.warnings) for a in plan.activities),
        csv_rows=csv_text([plan], header=False), output=output, reused=reused,
    )


def _parse(path: Path, keywords: bool = False, budget: Budget = UNLIMITED) -> Plan | Outcome:
    """The plan of one file, or the outcome that says why there is none."""
    from .errors import PlanparseError
    from .pipeline import parse

    try:
        with within(budget, str(path)):
            return parse(path, keywords=keywords)
    except PlanparseError as exc:
        return Outcome(path=str(path), error=exc.reason, error_type=type(exc).__name__)
    except Exception as exc:  # a bug of ours must not cost the rest of the batch: record it and go on
        return Outcome(path=str(path), error=f"internal error ({type(exc).__name__}: {exc}); please report it", error_type="InternalError")


def parse_one(path: Path, keywords: bool = False, budget: Budget = UNLIMITED) -> Outcome:
    """Parse one file; the Plan travels back as compact JSON (one line: ready for JSONL)."""
    plan = _parse(path, keywords, budget)
    return plan if isinstance(plan, Outcome) else _outcome_of(path, plan, keep_json=True)


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`, renamed over it when the block completes and removed if
    it fails: an interrupted write or a full disk leaves the target as it was. The temporary name
    is short whatever the target's (a name of 80 Chinese characters is 240 bytes of the 255 a
    name may have)."""
    temporary = target.with_name(f".planparse-{os.getpid()}.tmp")
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomically(target: Path, text: str) -> None:
    """Write through a temporary file (`replacing`), by plain system calls: a batch writes
    thousands of files, and a Python file object adds a handful of calls (fstat, isatty, seeks)
    to each."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with replacing(target) as temporary:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
        try:
            rest = memoryview(text.encode("utf-8"))
            while rest:
                rest = rest[os.write(descriptor, rest):]
        finally:
            os.close(descriptor)


@dataclass(frozen=True)
class BatchJob:
    """One input of a batch and where its result goes."""

    source: Path
    target: Path
    fmt: str  # json or csv
    skip_existing: bool
    bom: bool = False
    keywords: bool = False
    budget: Budget = UNLIMITED


def convert_one(job: BatchJob) -> Outcome:
    """Parse one input of a batch and write its output (pretty JSON, or CSV), or reuse the output
    a previous run wrote. Only counts and CSV rows travel back to the main process."""
    from .writers import csv_text, plan_json

    if job.skip_existing and (reused := _reused(job)) is not None:
        return reused
    plan = _parse(job.source, job.keywords, job.budget)
    if isinstance(plan, Outcome):
        return plan
    text = plan_json(plan) + "\n" if job.fmt == "json" else ("\ufeff" if job.bom else "") + csv_text([plan])
    try:
        write_atomically(job.target, text)
    except OSError as exc:  # a full disk, a folder turned read-only: this file fails, and says so
        return Outcome(path=str(job.source), error=f"cannot write {job.target}: {exc.strerror or exc}", error_type="OutputError")
    return _outcome_of(job.source, plan, str(job.target))


def _reused(job: BatchJob) -> Outcome | None:
    """The outcome an earlier run left for this input, if it is still this input's: a .json
    names the input's path and the hash of its bytes, a .csv is newer than its input. A damaged
    or stale leftover is redone."""
    from .writers import plan_from_json

    try:
        if job.fmt == "json":
            plan = plan_from_json(job.target.read_bytes())
            current = hashlib.sha256(job.source.read_bytes()).hexdigest()
            if plan.source.path != str(job.source) or plan.source.sha256 != current:
                return None
            return _outcome_of(job.source, plan, str(job.target), reused=True)
        if job.target.stat().st_mtime < job.source.stat().st_mtime:
            return None
        rows = job.target.read_text(encoding="utf-8-sig").split("\n", 1)[1]
        return Outcome(path=str(job.source), csv_rows=rows, output=str(job.target), reused=True)
    except (OSError, ValueError, IndexError):
        return None


_NAME_MAX = 255  # bytes in a file's name, on every common file system


def _short_enough(name: str, suffix: str) -> str:
    """`name + suffix`, its stem cut and marked with a hash of the whole where the name would pass
    the bytes a file system allows."""
    whole = name + suffix
    if len(os.fsencode(whole)) <= _NAME_MAX:
        return whole
    mark = "~" + hashlib.sha256(os.fsencode(whole)).hexdigest()[:8]
    room = _NAME_MAX - len(os.fsencode(mark + suffix))
    return os.fsdecode(os.fsencode(name)[:room]) + mark + suffix


def targets(sources: list[Path], root: Path, out_dir: Path, suffix: str) -> list[Path]:
    """Mirror the input tree: plan.docx -> OUT/plan.json. Outputs never share a name: where two
    inputs would (plan.txt and plan.docx), each keeps its own suffix (plan.txt.json,
    plan.docx.json), and a name still taken (a.txt.docx beside a.txt) gets a number."""
    relative = [source.relative_to(root) if source.is_relative_to(root) else Path(source.name) for source in sources]
    stems = [r.with_name(_short_enough(r.stem, suffix)) for r in relative]
    shared: dict[Path, int] = {}
    for stem in stems:
        shared[stem] = shared.get(stem, 0) + 1
    chosen = [r.with_name(_short_enough(r.name, suffix)) if shared[s] > 1 else s for r, s in zip(relative, stems, strict=True)]
    taken: set[Path] = set()
    out = []
    for path in chosen:
        unique, n = path, 1
        while unique in taken:
            n += 1
            unique = path.with_name(_short_enough(path.name.removesuffix(suffix) + f".{n}", suffix))
        taken.add(unique)
        out.append(out_dir / unique)
    return out


def _failed(item: Path | BatchJob, reason: str) -> Outcome:
    path = item.source if isinstance(item, BatchJob) else item
    return Outcome(path=str(path), error=reason, error_type="OverBudgetError")


def run_parallel(work: Callable[[Any], Outcome], items: Sequence[Any], jobs: int, budget: Budget = UNLIMITED) -> Iterator[Outcome]:
    """Outcomes as they finish. One job runs in this process; more run in worker processes
    (pool.py) that survive the files they fail on: a worker that dies or overruns the budget
    fails its file and is replaced."""
    if jobs <= 1 or len(items) <= 1:
        for item in items:
            yield work(item)
        return
    from . import pipeline  # noqa: F401  (imported before the fork, so workers start warm)
    from .pool import supervised

    yield from supervised(work, items, jobs, _failed, budget)


@dataclass
class Summary:
    files: int = 0
    plans: int = 0
    activities: int = 0
    warnings: int = 0
    failures: int = 0
    reused: int = 0
    skipped: int = 0
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.files += 1
        self.outcomes.append(outcome)
        if outcome.failed:
            self.failures += 1
            return
        self.plans += outcome.doc_type == "plan"
        self.activities += outcome.activities
        self.warnings += outcome.warnings
        self.reused += outcome.reused


def unlisted(folder: Path, reason: str) -> Outcome:
    """The outcome of a folder that could not be listed: its documents, if any, are not read."""
    return Outcome(path=str(folder), error=f"cannot read this folder: {reason}", error_type="InputError")


def error_record(outcome: Outcome) -> str:
    from .writers import escape_surrogates

    return escape_surrogates(json.dumps({"path": outcome.path, "error": outcome.error_type, "reason": outcome.error}, ensure_ascii=False))


def parse_many(files: Sequence[Path], jobs: int = 1, keywords: bool = False, budget: Budget = UNLIMITED) -> Iterator[Outcome]:
    """Outcomes of parsing `files`, as each finishes, each within the budget."""
    return run_parallel(partial(parse_one, keywords=keywords, budget=budget), files, min(jobs, max(len(files), 1)), budget)


@dataclass(frozen=True)
class BatchRun:
    """A batch ready to run: what to convert, where to, and what was passed over."""

    work: list[BatchJob]
    out_dir: Path
    skipped: int
    bom: bool
    budget: Budget = UNLIMITED
    unreadable: list[tuple[Path, str]] = field(default_factory=list)  # folders that could not be listed


def prepare_batch(
    source: Path,
    out_dir: Path,
    fmt: str = "json",
    skip_existing: bool = False,
    patterns: Sequence[str] = (),
    exclude: Sequence[str] = (),
    bom: bool = False,
    keywords: bool = False,
    budget: Budget = UNLIMITED,
) -> BatchRun:
    """Find the documents under `source` and the output each gets under `out_dir`, mirroring the tree."""
    found = discover([source], patterns, exclude, leave_out=out_dir)
    root = source if source.is_dir() else source.parent
    suffix = ".json" if fmt == "json" else ".csv"
    outputs = targets(found.files, root, out_dir, suffix)
    work = [BatchJob(s, t, fmt, skip_existing, bom, keywords, budget) for s, t in zip(found.files, outputs, strict=True)]
    return BatchRun(work, out_dir, len(found.skipped), bom, budget, found.unreadable)


def run_batch(run: BatchRun, jobs: int = 1, on_outcome: Callable[[Outcome], None] | None = None) -> Summary:
    """Convert every input, then write OUT/activities.csv (every activity of every input, in input
    order) and OUT/errors.jsonl (every failure)."""
    from .writers import CSV_COLUMNS

    summary = Summary(skipped=run.skipped)
    summary.failures += len(run.unreadable)
    try:
        for outcome in run_parallel(convert_one, run.work, jobs, run.budget):
            summary.add(outcome)
            if on_outcome:
                on_outcome(outcome)
    finally:  # also when the run is interrupted: what was done is listed, and what was not is named
        done = {o.path for o in summary.outcomes}
        left = [Outcome(path=str(job.source), error="not converted: the run was interrupted", error_type="Interrupted")
                for job in run.work if str(job.source) not in done]
        order = {str(job.source): i for i, job in enumerate(run.work)}
        outcomes = sorted(summary.outcomes + left, key=lambda o: order[o.path]) + [unlisted(*folder) for folder in run.unreadable]
        header = ",".join(CSV_COLUMNS) + "\n"
        rows = "".join(o.csv_rows for o in outcomes)
        write_atomically(run.out_dir / "activities.csv", ("\ufeff" if run.bom else "") + header + rows)
        write_atomically(run.out_dir / "errors.jsonl", "".join(error_record(o) + "\n" for o in outcomes if o.failed))
    summary.outcomes = outcomes
    return summary
