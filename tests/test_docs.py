"""Every command and option of the CLI is documented in the README."""

from __future__ import annotations

from pathlib import Path

import typer.main

from pressextract.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_in_the_readme():
    group = typer.main.get_command(app)
    assert group.commands, "the CLI has no commands"
    for name, command in group.commands.items():
        assert f"pressextract {name}" in README, f"command {name!r} is not documented"
        for param in command.params:
            for flag in param.opts:
                if flag.startswith("--"):
                    assert f"`{flag}" in README, f"{name} {flag} is not documented"


def test_readme_gives_the_install_and_test_commands_that_ci_runs():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    for line in ci.splitlines():
        if line.startswith(("python3 -m venv", ".venv/bin/pytest")):
            assert line in README, line
