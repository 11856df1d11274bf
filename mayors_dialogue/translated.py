from modeltranslation.translator import translator


def translated_fields_of(model) -> tuple[str, ...]:
    """The fields that modeltranslation translates for `model` (its app's translation.py), in
    the order registered there: the one list of them, for forms and the completeness panel."""
    return tuple(translator.get_options_for_model(model).fields)
