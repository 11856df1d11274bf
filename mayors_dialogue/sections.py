"""Parts of one app's page that other apps own: an app below cannot import the apps above
it, so those register a function from their AppConfig.ready() and the page adds what each
returns to its context (see docs/architecture.md)."""

from collections.abc import Callable


class PageSections:
    def __init__(self, name: str):
        self.name = name
        self.functions: dict[str, Callable[..., dict]] = {}

    def register(self, name: str, function: Callable[..., dict]) -> None:
        """`function(**page)` returns context for the page; each list in it holds only what
        the page's reader may open."""
        self.functions[name] = function

    def context(self, **page) -> dict:
        context = {}
        for function in self.functions.values():
            context.update(function(**page))
        return context
