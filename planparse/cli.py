"""The command line: a thin click layer over the library. Each command parses options, calls
the library and hands the result to a writer; library errors become one line on stderr.

Exit status: 0 when every input parsed, 1 when some failed (the rest are still written), 2 for a
usage error, 3 with --strict when a warning was raised (each counted on stderr), 130 on Ctrl-C.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .batch import DOCUMENT_PATTERNS, replacing
from .budget import DEFAULT_MEMORY_MB, DEFAULT_SECONDS, Budget, within

if TYPE_CHECKING:
    from .batch import Outcome
    from .models import Plan

F = TypeVar("F", bound=Callable[..., Any])


_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG}  # a full disk, a quota, a read-only medium


class _Group(click.Group):
    """Turns a PlanparseError into one line on stderr and exit 1; --debug keeps the traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from .errors import PlanparseError

        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            # the reader of the pipe has all it wants (| head): end quietly, as every Unix tool does
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(0) from None
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None  # Ctrl-C: the shell's status for SIGINT, no traceback
        except PlanparseError as exc:
            if ctx.meta.get("planparse.debug"):
                raise
            raise click.ClickException(str(exc)) from None
        except Exception as exc:
            if ctx.meta.get("planparse.debug"):
                raise
            if isinstance(exc, OSError) and exc.errno in _WRITE_ERRORS:
                raise click.ClickException(f"cannot write {exc.filename or 'the output'}: {exc.strerror}") from None
            raise click.ClickException(f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it") from None


def _debug_option(func: F) -> F:
    def remember(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
        ctx.meta["planparse.debug"] = value
        return value

    return click.option(
        "--debug", is_flag=True, expose_value=False, is_eager=True, callback=remember,
        help="Show the full traceback of an error instead of one line.",
    )(func)


def _input_options(func: F) -> F:
    """Options shared by the commands that read folders."""
    for option in reversed([
        click.option("--glob", "patterns", multiple=True, metavar="PATTERN",
                     help="In folders, read files matching this pattern (repeatable). Default: " + " ".join(DOCUMENT_PATTERNS) + "."),
        click.option("--exclude", multiple=True, metavar="PATTERN",
                     help="Leave out files whose name or path under the folder matches (repeatable), e.g. --exclude '*草稿*'."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="number of cores",
                     help="Parse in this many processes."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary on standard error (errors are still said)."),
        click.option("--no-progress", is_flag=True, help="No progress bar (the summary is still said)."),
        click.option("--timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
                     help=f"Time one file may take; past it the file fails and the run goes on. "
                          f"0: no limit. Default: $PLANPARSE_TIMEOUT, else {DEFAULT_SECONDS:g}."),
        click.option("--max-memory", type=click.IntRange(min=0), default=None, metavar="MB",
                     help=f"Memory one file may take beyond what planparse holds; past it the file fails. "
                          f"0: no limit. Default: $PLANPARSE_MAX_MEMORY_MB, else {DEFAULT_MEMORY_MB}."),
    ]):
        func = option(func)
    return func


_KEYWORDS_HELP = "Add up to five keywords to every activity (TF-IDF over jieba's segmentation; loads its dictionary once)."
_BOM_HELP = ("CSV: start with a UTF-8 byte-order mark so that Excel and WPS show Chinese correctly. "
             "Plain UTF-8, the default, is right for pipes and other programs.")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="planparse")
def main() -> None:
    """Turn Chinese plan documents (活动方案, 实施方案, 工作要点, 任务分工方案) into structured data:
    every numbered activity with its lead, responsible and cooperating units and its deadline.

    \b
    Examples:
      planparse extract plan.docx                     the plan as JSON
      planparse extract plan.txt -f csv -o tasks.csv  one row per activity
      planparse extract notices/ -f xlsx -o 台账.xlsx  a folder as one ledger
      planparse batch notices/ -o out/                one .json per document, in parallel
      planparse show plan.docx                        the activities as a table
    """
    import logging

    for library in ("pypdf", "pdfminer", "pdfplumber"):  # their notes on a damaged file's every object: planparse says it in one line
        logging.getLogger(library).setLevel(logging.CRITICAL)


_FORMATS = ("json", "jsonl", "csv", "xlsx")


def _format_for(fmt: str | None, output: str | None) -> str:
    """The format -f names, else the one the output's extension names, else json; a mismatch
    (-f json -o 台账.xlsx) is refused rather than written under a misleading name."""
    suffix = Path(output).suffix.lower().lstrip(".") if output and output != "-" else ""
    named = suffix if suffix in _FORMATS else None
    if fmt and named and fmt != named:
        raise click.UsageError(f"-f {fmt} does not match the output's extension .{named}: drop -f, or name the file .{fmt}")
    return fmt or named or "json"


@contextmanager
def _out(output: str | None) -> Iterator[IO[bytes]]:
    """Standard output, or the file: written under a temporary name beside it and renamed over
    it when complete, so a failed or interrupted run leaves the file as it was (never a 0-byte
    or half-written ledger); a full disk is one line."""
    if not output or output == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()  # here, where a full disk or a closed pipe is still ours to report
        return
    target = Path(output)
    if target.exists() and not target.is_file():  # a device or a pipe (/dev/stdout, <(…)): written as it is
        try:
            with open(target, "wb") as stream:
                yield stream
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
        return
    try:
        with replacing(target) as temporary, open(temporary, "wb") as stream:
            yield stream
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None


def _check_writable(output: str | None) -> None:
    """Fail before the parsing, not after it, when the output file cannot be made."""
    if output and output != "-":
        folder = Path(output).absolute().parent
        if not folder.is_dir():
            raise click.ClickException(f"cannot write {output}: the folder {folder} does not exist")
        if not os.access(folder, os.W_OK):
            raise click.ClickException(f"cannot write {output}: the folder {folder} is not writable")


def _report(outcome: Outcome) -> None:
    from .writers import shown_path

    if outcome.failed:
        # through sys.stderr as it stands: while the progress bar is live, rich has put its proxy
        # there, which prints the line above the bar (click.echo would write past it, into the bar)
        print(f"Error: {shown_path(outcome.path)}: {outcome.error}", file=sys.stderr, flush=True)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-f", "--format", "fmt", type=click.Choice(_FORMATS), default=None,
              help="json: one Plan for one file named, an array for a folder or several inputs; jsonl: one Plan per line, written as each file "
                   "finishes; csv and xlsx: one row per activity, with a source column. "
                   "Default: from the extension of -o (台账.xlsx writes xlsx), else json.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output ('-' names standard output; "
                   "required for xlsx); a folder being read never reads this file as an input.")
@click.option("--bom", is_flag=True, help=_BOM_HELP)
@click.option("--strict", is_flag=True, help="Exit with status 3 when any warning is raised, counting each code on stderr.")
@click.option("--keywords", is_flag=True, help=_KEYWORDS_HELP)
@_input_options
@_debug_option
def extract(paths: tuple[str, ...], fmt: str | None, output: str | None, bom: bool, strict: bool, keywords: bool,
            patterns: tuple[str, ...], exclude: tuple[str, ...], jobs: int, quiet: bool, no_progress: bool,
            timeout: float | None, max_memory: int | None) -> None:
    """Extract the activities of plan documents: files, folders (searched recursively) or '-'
    for standard input. Formats: .txt (UTF-8, GB18030/GBK, UTF-16; a ledger saved as .csv
    reads as text too), .docx, .pdf (with a text
    layer), .html, .xlsx (task ledgers kept as spreadsheets), and .doc/.wps/.rtf/.odt/.xls/.et
    when LibreOffice is installed.

    JSON follows schemas/plan.schema.json (also printed by `planparse schema`).
    Several files end with one summary line on stderr (-q drops it).

    Exit status: 0 all parsed, 1 some failed (the rest are written), 2 usage
    error, 3 warnings under --strict, 130 on Ctrl-C; a closed pipe ends with 0.
    """
    fmt = _format_for(fmt, output)
    if fmt == "xlsx" and (not output or (output == "-" and sys.stdout.isatty())):
        raise click.UsageError("xlsx is a binary format: name the file with -o, e.g. -o 台账.xlsx")
    _check_writable(output)
    if output and output != "-" and any(p != "-" and Path(p).resolve() == Path(output).resolve() for p in paths):
        raise click.UsageError(f"the output {output} is also an input: name another file with -o")
    failures: list[Outcome] = []
    began = time.monotonic()
    budget = Budget.from_env(timeout, max_memory)
    one = paths == ("-",)  # one file named: an object; a folder, a glob or several: an array, whatever they hold
    if one:
        plans = [_stdin_plan(keywords, budget)]
    elif "-" in paths:
        raise click.UsageError("'-' (standard input) cannot be mixed with files")
    else:
        files = _documents(paths, patterns, exclude, output, failures)
        one = len(paths) == 1 and files == [Path(paths[0])]
        if one:
            from .pipeline import parse

            with within(budget, paths[0]):
                plans = [parse(paths[0], keywords=keywords)]  # one file: its error is the command's error
        elif fmt == "jsonl":
            written, activities, streamed = _stream_jsonl(files, output, jobs, keywords, quiet or no_progress, budget)
            failures += streamed
            if not quiet:
                _summary(len(files), written, activities, len(failures), began, output)
            _exit(bool(failures), strict=False, plans=[])
            return
        else:
            plans, failed = _parse_all(files, jobs, keywords, quiet or no_progress, budget)
            failures += failed
    _write(plans, fmt, output, bom, array=not one)
    if not one and not quiet:
        _summary(len(plans) + len(failures), len(plans), sum(len(p.activities) for p in plans), len(failures), began, output)
    _exit(bool(failures), strict, plans)


def _documents(paths: tuple[str, ...], patterns: tuple[str, ...], exclude: tuple[str, ...], output: str | None,
               failures: list[Outcome]) -> list[Path]:
    """The files the paths name (a folder's searched); a folder that cannot be listed is a failure
    reported at once, and none found at all is an error."""
    from .batch import discover, unlisted

    found = discover(paths, patterns, exclude)
    if output and output != "-":  # a ledger written into the folder it is made from is no input of it
        found.files[:] = [f for f in found.files if f.resolve() != Path(output).resolve()]
    for outcome in (unlisted(*folder) for folder in found.unreadable):
        _report(outcome)
        failures.append(outcome)
    if not found.files:
        from .errors import InputError

        raise InputError("no documents found (looked for " + " ".join(patterns or DOCUMENT_PATTERNS) + ")", " ".join(paths))
    return found.files


def _write(plans: list[Plan], fmt: str, output: str | None, bom: bool, array: bool) -> None:
    from . import writers

    with _out(output) as stream:
        if fmt == "json":
            stream.write((writers.plans_json(plans, array=array) + "\n").encode("utf-8"))
        elif fmt == "jsonl":
            stream.write("".join(writers.plan_jsonl(plan) for plan in plans).encode("utf-8"))
        elif fmt == "csv":
            stream.write((("\ufeff" if bom else "") + writers.csv_text(plans)).encode("utf-8"))
        else:
            from .ledger import write_xlsx

            write_xlsx(plans, stream)


def _summary(files: int, plans: int, activities: int, failed: int, began: float, output: str | None, extra: str = "") -> None:
    """The one line a multi-file run ends with: what it read, what it found, where it wrote."""
    elapsed = time.monotonic() - began
    where = f"→ {output}" if output and output != "-" else "→ standard output"
    rate = f", {files / elapsed:.1f} files/s" if elapsed > 0 else ""
    click.echo(f"planparse: {files} files, {plans} read, {activities} activities, {failed} failed{extra}, "
               f"{elapsed:.1f} s{rate} {where}", err=True)


def _stdin_plan(keywords: bool = False, budget: Budget | None = None) -> Plan:
    from .pipeline import parse_bytes

    if sys.stdin.isatty():
        click.echo("planparse: reading the document from standard input (end it with Ctrl-D)", err=True)
    data = sys.stdin.buffer.read()
    with within(budget or Budget.from_env(), "-"):
        return parse_bytes(data, None, keywords)


def _outcomes(files: list[Path], jobs: int, failures: list[Outcome], keywords: bool, no_bar: bool, budget: Budget) -> Iterator[Outcome]:
    """Parsed plans as each file finishes, with progress; failures reported and collected."""
    from .batch import parse_many
    from .console import progress

    with progress(0 if no_bar else len(files)) as tick:
        for outcome in parse_many(files, jobs, keywords, budget):
            tick()
            _report(outcome)
            if outcome.failed:
                failures.append(outcome)
            else:
                yield outcome


def _parse_all(files: list[Path], jobs: int, keywords: bool, no_bar: bool, budget: Budget) -> tuple[list[Plan], list[Outcome]]:
    """Every input parsed (in parallel), in input order, and the inputs that failed."""
    from .writers import plan_from_json

    order = {str(path): i for i, path in enumerate(files)}
    failures: list[Outcome] = []
    plans = sorted(
        ((order[o.path], plan_from_json(o.plan_json or "")) for o in _outcomes(files, jobs, failures, keywords, no_bar, budget)),
        key=lambda item: item[0],
    )
    return [plan for _, plan in plans], failures


def _stream_jsonl(files: list[Path], output: str | None, jobs: int, keywords: bool, no_bar: bool,
                  budget: Budget) -> tuple[int, int, list[Outcome]]:
    """One Plan per line, written and flushed as each file finishes: the form for pipes. Returns
    the plans written, their activities and the inputs that failed."""
    failures: list[Outcome] = []
    written = activities = 0
    with _out(output) as stream:
        for outcome in _outcomes(files, jobs, failures, keywords, no_bar, budget):
            stream.write((f"{outcome.plan_json}\n").encode())
            stream.flush()
            written, activities = written + 1, activities + outcome.activities
    return written, activities, failures


STRICT_STATUS = 3  # warnings under --strict: apart from 1, a file that failed


def _exit(failed: bool, strict: bool, plans: list[Plan]) -> None:
    if failed:
        raise SystemExit(1)
    if strict:
        from collections import Counter

        codes = Counter(w.code for plan in plans for w in [*plan.warnings, *(w for a in plan.activities for w in a.warnings)])
        if codes:
            click.echo("--strict: " + ", ".join(f"{count} {code}" for code, count in codes.most_common()), err=True)
            raise SystemExit(STRICT_STATUS)


@main.command()
@click.argument("source", type=click.Path(exists=True, file_okay=False), metavar="SRC_DIR")
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False), metavar="OUT_DIR",
              help="Folder for the results; created if missing. Inputs are never modified.")
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True,
              help="One file per input in this format.")
@click.option("--skip-existing", is_flag=True, help="Keep outputs a previous (interrupted) run wrote; parse only the rest.")
@click.option("--bom", is_flag=True, help=_BOM_HELP)
@click.option("--keywords", is_flag=True, help=_KEYWORDS_HELP)
@_input_options
@_debug_option
def batch(source: str, out_dir: str, fmt: str, skip_existing: bool, bom: bool, keywords: bool,
          patterns: tuple[str, ...], exclude: tuple[str, ...], jobs: int, quiet: bool, no_progress: bool,
          timeout: float | None, max_memory: int | None) -> None:
    """Convert a folder of documents, mirroring its tree in OUT_DIR: one .json (or .csv) per
    input, OUT_DIR/activities.csv with every activity of every input, and OUT_DIR/errors.jsonl
    naming each file that failed and why. Outputs are written atomically, so an interrupted run
    leaves no half-written file; --skip-existing resumes it."""
    from .batch import prepare_batch, run_batch, unlisted
    from .console import progress

    began = time.monotonic()

    try:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.ClickException(f"cannot write to {out_dir}: {exc.strerror}") from None
    run = prepare_batch(Path(source), Path(out_dir), fmt, skip_existing, patterns, exclude, bom, keywords,
                        Budget.from_env(timeout, max_memory))
    if Path(out_dir).resolve().is_relative_to(Path(source).resolve()) and not quiet:
        click.echo(f"planparse: {out_dir} is inside {source}; its files are not read as inputs", err=True)
    for folder in run.unreadable:
        _report(unlisted(*folder))
    with progress(0 if quiet or no_progress else len(run.work)) as tick:

        def done(outcome: Outcome) -> None:
            tick()
            _report(outcome)

        summary = run_batch(run, jobs, on_outcome=done)
    if not quiet:
        extra = "".join(f", {n} {what}" for n, what in ((summary.reused, "kept from before"), (summary.skipped, "not documents")) if n)
        _summary(summary.files + len(run.unreadable), summary.files - summary.failures + len(run.unreadable), summary.activities,
                 summary.failures, began, out_dir, extra)
    if summary.failures:
        raise SystemExit(1)


@main.command()
@click.argument("path", metavar="PATH")
@_debug_option
def show(path: str) -> None:
    """Show the activities of one document as a table in the terminal (number, title, lead,
    responsible, deadline), with the document's warnings under it."""
    from .console import print_plan
    from .pipeline import parse

    if path == "-":
        print_plan(_stdin_plan())
        return
    with within(Budget.from_env(), path):
        print_plan(parse(path))


@main.command()
def schema() -> None:
    """Print the JSON Schema of planparse's JSON output (the same as schemas/plan.schema.json)."""
    from .writers import schema_json

    sys.stdout.buffer.write(schema_json().encode("utf-8"))
