"""The command line: a thin click layer over the library. Each command parses options, calls
one library function and hands the result to a writer; library errors become one line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__

if TYPE_CHECKING:
    from .models import Plan

F = TypeVar("F", bound=Callable[..., Any])


class _Group(click.Group):
    """Turns a PlanparseError into one line on stderr and exit 1; --debug keeps the traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from .errors import PlanparseError

        try:
            return super().invoke(ctx)
        except PlanparseError as exc:
            if ctx.meta.get("planparse.debug"):
                raise
            raise click.ClickException(str(exc)) from None


def _debug_option(func: F) -> F:
    def remember(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
        ctx.meta["planparse.debug"] = value
        return value

    return click.option(
        "--debug", is_flag=True, expose_value=False, is_eager=True, callback=remember,
        help="Show the full traceback of an error instead of one line.",
    )(func)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="planparse")
def main() -> None:
    """Turn Chinese plan documents (活动方案, 实施方案, 工作要点, 任务分工方案) into structured data:
    every numbered activity with its lead, responsible and cooperating units and its deadline.

    \b
    Examples:
      planparse extract plan.txt                      JSON on stdout
      planparse extract plan.docx --format csv -o tasks.csv
      planparse extract - < plan.txt                  read standard input
    """


def _read(path: str) -> Plan:
    from .pipeline import parse, parse_bytes

    if path == "-":
        return parse_bytes(sys.stdin.buffer.read(), None)
    return parse(path)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="json", show_default=True,
              help="json: one Plan (an array for several inputs); jsonl: one Plan per line; csv: one row per activity.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
@click.option("--bom", is_flag=True, help="CSV: start with a UTF-8 byte-order mark, so Excel and WPS show Chinese "
              "correctly. Plain UTF-8 (the default) is right for pipes and other programs.")
@click.option("--strict", is_flag=True, help="Exit with status 1 when any warning is raised.")
@_debug_option
def extract(paths: tuple[str, ...], fmt: str, output: str | None, bom: bool, strict: bool) -> None:
    """Extract the activities of plan documents (.txt, .docx; '-' for standard input).

    JSON follows schemas/plan.schema.json (also printed by `planparse schema`).
    """
    from . import writers

    plans = [_read(path) for path in paths]
    if fmt == "json":
        text = writers.plans_json(plans) + "\n"
    elif fmt == "jsonl":
        text = "".join(writers.plan_jsonl(plan) for plan in plans)
    else:
        text = ("\ufeff" if bom else "") + writers.csv_text(plans)
    if output:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    else:
        sys.stdout.buffer.write(text.encode("utf-8"))
    if strict and any(plan.warnings or any(a.warnings for a in plan.activities) for plan in plans):
        raise SystemExit(1)


@main.command()
def schema() -> None:
    """Print the JSON Schema of planparse's JSON output."""
    from .writers import schema_json

    sys.stdout.buffer.write(schema_json().encode("utf-8"))
