"""`python -m planparse` works like the `planparse` command."""

from .cli import main

main(prog_name="planparse")
