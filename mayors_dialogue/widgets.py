from django import forms
from django.forms.utils import flatatt
from django.utils.html import escape
from django.utils.safestring import mark_safe


class LongSelect(forms.Select):
    """A <select> for long choice lists such as every city of the directory: the same HTML
    as Django's Select, built in Python instead of one template render per option. With
    `cached_choices` (a callable returning (value, label) pairs), the options come from it
    instead of a query; the field's empty label still comes first."""

    def __init__(self, attrs=None, choices=(), cached_choices=None):
        super().__init__(attrs, choices)
        self.cached_choices = cached_choices

    def _options(self):
        field = getattr(self.choices, "field", None)
        if self.cached_choices is None or field is None:
            return self.choices
        empty = [] if field.empty_label is None else [("", field.empty_label)]
        return [*empty, *self.cached_choices()]

    def render(self, name, value, attrs=None, renderer=None):
        attributes = self.build_attrs(self.attrs, attrs)
        attributes["name"] = name
        selected = {str(item) for item in self.format_value(value)}
        options = []
        for option_value, label in self._options():
            option_value = "" if option_value is None else str(option_value)
            chosen = " selected" if option_value in selected else ""
            options.append(
                f'<option value="{escape(option_value)}"{chosen}>{escape(label)}</option>'
            )
        return mark_safe(f"<select{flatatt(attributes)}>{''.join(options)}</select>")  # noqa: S308 -- every value is escaped above


class ZoneSelect(forms.Select):
    """The time-zone list (see zones.py): places grouped by region, in the reader's language,
    built in Python (400 options). `preferred` zones (those of the dialogue's cities) come
    first in a group of their own. A native <select>: searchable by typing, no JavaScript."""

    def __init__(self, attrs=None, choices=()):
        super().__init__(attrs, choices)
        self.preferred: list[str] = []

    def use_required_attribute(self, initial):
        """HTML allows `required` only on a select whose first option is an empty one outside
        any group; this list starts with a group, and the form checks the value anyway."""
        return False

    def render(self, name, value, attrs=None, renderer=None):
        from django.utils.translation import gettext

        from .zones import zone_label

        attributes = self.build_attrs(self.attrs, attrs)
        attributes["name"] = name
        selected = {str(item) for item in self.format_value(value) if item is not None}

        def option(option_value, label):
            chosen = ""
            if option_value in selected:
                chosen = " selected"
                selected.discard(option_value)  # selected once, where it first appears
            return f'<option value="{escape(option_value)}"{chosen}>{escape(label)}</option>'

        parts = []
        if self.preferred:
            preferred = "".join(option(zone, zone_label(zone)) for zone in self.preferred)
            group = escape(gettext("Time zones of the dialogue’s cities"))
            parts.append(f'<optgroup label="{group}">{preferred}</optgroup>')
        for group_value, group_label in self.choices:
            if isinstance(group_label, list | tuple):
                options = "".join(option(str(v), label) for v, label in group_label)
                parts.append(f'<optgroup label="{escape(group_value)}">{options}</optgroup>')
            else:
                parts.append(option(str(group_value), group_label))
        return mark_safe(f"<select{flatatt(attributes)}>{''.join(parts)}</select>")  # noqa: S308 -- every value is escaped above
