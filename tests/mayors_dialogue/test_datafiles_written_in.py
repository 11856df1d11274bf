from pathlib import Path

import pytest

from mayors_dialogue.datafiles import DataFileError, Entry


def entry(**data):
    return Entry(path=Path("demo.yaml"), label="proposals 1 (x)", data=data)


def test_an_entry_written_in_one_language_needs_only_that_one():
    texts = entry(written_in="fr", title={"fr": "Titre"}).texts("title")

    assert texts == {"title_en": "", "title_de": "", "title_fr": "Titre", "title_pt": ""}


def test_the_language_it_is_written_in_is_still_required():
    with pytest.raises(DataFileError, match="'title' has no 'fr' text"):
        entry(written_in="fr", title={"en": "Title"}).texts("title")


def test_an_unknown_written_in_is_an_error_that_names_the_entry():
    with pytest.raises(DataFileError, match=r"demo.yaml, proposals 1 \(x\): 'written_in'"):
        entry(written_in="it", title={"it": "Titolo"}).texts("title")


def test_without_written_in_every_language_is_required():
    with pytest.raises(DataFileError, match="'title' has no 'de' text"):
        entry(title={"en": "Title", "fr": "Titre", "pt": "Título"}).texts("title")
