from modeltranslation.translator import translator


def translated_fields_of(model) -> tuple[str, ...]:
    """The fields that modeltranslation translates for `model` (its app's translation.py),
    in the order the model defines them (modeltranslation keeps them as a set): the one list
    of them, for forms and the completeness panel."""
    registered = set(translator.get_options_for_model(model).fields)
    return tuple(field.name for field in model._meta.get_fields() if field.name in registered)
