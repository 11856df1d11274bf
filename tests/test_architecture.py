"""The import direction of docs/architecture.md, checked over the source: an app imports
only the apps below it. A forbidden import added anywhere makes this test fail."""

import ast
from pathlib import Path

from django.conf import settings

# Each app and the apps it may import (besides itself, Django and third-party packages).
ALLOWED = {
    "mayors_dialogue": set(),
    "cities": {"mayors_dialogue"},
    "notifications": {"cities", "mayors_dialogue"},
    "invitations": {"notifications", "cities", "mayors_dialogue"},
    "evidence": {"cities", "mayors_dialogue"},
    "meetings": {"evidence", "invitations", "notifications", "cities", "mayors_dialogue"},
    "partnerships": {"evidence", "invitations", "notifications", "cities", "mayors_dialogue"},
    "pages": {
        "partnerships",
        "meetings",
        "evidence",
        "invitations",
        "notifications",
        "cities",
        "mayors_dialogue",
    },
    "atlas": {"partnerships", "meetings", "evidence", "cities", "mayors_dialogue"},
    "secretariat": {
        "partnerships",
        "meetings",
        "evidence",
        "invitations",
        "notifications",
        "cities",
        "mayors_dialogue",
    },
    "bench": {
        "atlas",
        "secretariat",
        "pages",
        "notifications",
        "partnerships",
        "meetings",
        "evidence",
        "invitations",
        "cities",
        "mayors_dialogue",
    },
}
# The composition root: settings and the root URLconf name every app.
COMPOSITION_ROOT = ("mayors_dialogue/settings/", "mayors_dialogue/urls.py")


def imported_apps(path: Path, package: str) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: inside the same package
                modules.add(package)
            elif node.module:
                modules.add(node.module)
    return {module.split(".")[0] for module in modules} & set(ALLOWED)


def forbidden_imports() -> set[tuple[str, str]]:
    base = Path(settings.BASE_DIR)
    found = set()
    for package, allowed in ALLOWED.items():
        for path in sorted((base / package).rglob("*.py")):
            relative = path.relative_to(base).as_posix()
            if "/migrations/" in relative or relative.startswith(COMPOSITION_ROOT):
                continue
            for app in imported_apps(path, package) - allowed - {package}:
                found.add((relative, app))
    return found


def test_apps_import_only_the_apps_below_them():
    assert sorted(forbidden_imports()) == []
