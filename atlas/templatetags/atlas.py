from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def matrix_cells(cells) -> str:
    """A row's cells of the atlas's matrix: a symbol for what the city needs (−), offers (+)
    or both, each with its words for screen readers, never colour alone. One tag for the row
    instead of a template per cell: the matrix has hundreds of them."""
    symbols = {
        (True, True): ("atlas-both", "−+", _("needs and offers")),
        (True, False): ("atlas-need", "−", _("needs")),
        (False, True): ("atlas-offer", "+", _("offers")),
    }
    html = {
        key: format_html(
            '<td class="{}"><span aria-hidden="true">{}</span>'
            '<span class="visually-hidden">{}</span></td>',
            *value,
        )
        for key, value in symbols.items()
    }
    return mark_safe(  # noqa: S308 -- built from format_html above
        "".join(html.get((cell.need, cell.offer), "<td></td>") for cell in cells)
    )
