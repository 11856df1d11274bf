"""Sections of a document's page that other apps own: the meetings and partnerships that
cite it. Called with `document=` and `user=`."""

from mayors_dialogue.sections import PageSections

DOCUMENT_PAGE = PageSections("document page")
