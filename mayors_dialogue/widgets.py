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
