"""The install of a fresh machine, checked from the files that drive it. `bin/check-locks` (CI's
first step) installs every lock with every supported Python's bundled pip; these tests keep the
invariants that make that pass, and fail within seconds of a change that breaks one."""

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest
from django.conf import settings
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(settings.BASE_DIR)
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def lock_pins(name: str) -> dict[str, Requirement]:
    """Every requirement of a lock, by canonical name; each must be pinned and hashed."""
    text = (ROOT / "requirements" / name).read_text()
    pins = {}
    for entry in re.split(r"\n(?=\S)", text):
        if entry.startswith("#") or not entry.strip():
            continue
        line = entry.split("\\", 1)[0].strip()
        requirement = Requirement(line)
        assert "--hash=sha256:" in entry, f"{name}: {line} has no hash"
        assert str(requirement.specifier).startswith("=="), f"{name}: {line} is not pinned"
        pins[canonicalize_name(requirement.name)] = requirement
    return pins


def requested(lock: str) -> list[tuple[str, Requirement]]:
    """What asks for what in a lock: the project itself and every locked package's metadata."""
    project = PYPROJECT["project"]
    wanted = [("pyproject.toml", Requirement(spec)) for spec in project["dependencies"]]
    if lock == "dev.txt":
        wanted += [
            ("pyproject.toml", Requirement(spec))
            for spec in project["optional-dependencies"]["dev"]
        ]
    for name, pin in lock_pins(lock).items():
        for spec in importlib.metadata.requires(name) or ():
            requirement = Requirement(spec)
            environments = [{"extra": extra} for extra in ("", *pin.extras)]
            if requirement.marker is None or any(
                requirement.marker.evaluate(env) for env in environments
            ):
                wanted.append((name, requirement))
    return wanted


def unmet(lock: str, met) -> list[str]:
    """What a locked package or the project asks for that the lock's pin does not give
    (`met(requirement, pin)` is False)."""
    pins = lock_pins(lock)
    return sorted(
        f"{who} asks for {requirement}, the lock has {pin}"
        for who, requirement in requested(lock)
        if (pin := pins.get(canonicalize_name(requirement.name))) and not met(requirement, pin)
    )


@pytest.mark.parametrize("lock", ["base.txt", "dev.txt"])
def test_lock_keeps_every_extra_that_is_asked_for(lock):
    # A pip older than 23.3 in --require-hashes mode treats `coverage[toml]>=7.10.6` (asked for
    # by pytest-cov) as a second, unpinned requirement when the lock pins only `coverage==…`.
    assert unmet(lock, lambda requirement, pin: requirement.extras <= pin.extras) == []


@pytest.mark.parametrize("lock", ["base.txt", "dev.txt"])
def test_lock_satisfies_every_version_that_is_asked_for(lock):
    def satisfied(requirement, pin):
        return requirement.specifier.contains(str(pin.specifier)[2:], prereleases=True)

    assert unmet(lock, satisfied) == []


def test_one_pinned_pip_installs_every_lock():
    bootstrap = lock_pins("bootstrap.txt")
    assert list(bootstrap) == ["pip"]
    assert lock_pins("lock-tools.txt")["pip"].specifier == bootstrap["pip"].specifier
    # The venv this suite runs in was brought to that pip before the lock was installed.
    assert f"=={importlib.metadata.version('pip')}" == str(bootstrap["pip"].specifier)


def test_every_install_brings_the_pinned_pip_before_the_lock():
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("$(INSTALLED): ", 1)[1].split("\n\n", 1)[0]
    assert recipe.splitlines()[0] == "requirements/bootstrap.txt requirements/dev.txt"
    assert recipe.index("-r requirements/bootstrap.txt") < recipe.index("-r requirements/dev.txt")
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.index("-r requirements/bootstrap.txt") < dockerfile.index(
        "-r requirements/base.txt"
    )
    assert "--strip-extras" not in makefile.replace("--no-strip-extras", "")


def test_coverage_and_import_order_know_every_app_of_the_project():
    project_apps = {
        app
        for app in settings.INSTALLED_APPS
        if "." not in app and (ROOT / app / "__init__.py").exists()
    }
    coverage = set(PYPROJECT["tool"]["coverage"]["run"]["source"])
    first_party = set(PYPROJECT["tool"]["ruff"]["lint"]["isort"]["known-first-party"])
    assert coverage == project_apps
    assert first_party == project_apps | {"tests"}
