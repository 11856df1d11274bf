import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from mayors_dialogue.translated import OriginalLanguageModel

from .enums import DOCUMENT_LANGUAGES, DocumentType, Visibility


def private_document_path(instance, filename: str) -> str:
    """A random name under private/, with the extension of the sniffed type: never the
    uploaded name, which may be hostile."""
    return f"private/evidence/{uuid.uuid4().hex}.{instance.file_extension or 'bin'}"


class DocumentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Every document for participants (`cities.rules.is_participant`), the public ones
        for everyone else."""
        from cities.rules import takes_part

        public = Q(visibility=Visibility.PUBLIC)
        if not (user.is_authenticated and user.is_active):
            return self.filter(public)
        if user.is_staff:
            return self
        return self.filter(public | takes_part(user))


class EvidenceDocument(OriginalLanguageModel):
    texts_required = ("title",)

    """Research and policy documents that feed the meetings' agenda and the partnerships."""

    title = models.CharField(_("title"), max_length=250)
    summary = models.TextField(_("summary"), blank=True)
    doc_type = models.CharField(_("type"), max_length=20, choices=DocumentType.choices)
    authors = models.CharField(_("authors"), max_length=300, blank=True)
    publisher = models.ForeignKey(
        "cities.PartnerOrganisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("publishing organisation"),
    )
    publication_date = models.DateField(_("publication date"))
    languages = models.CharField(
        _("languages of the document"),
        max_length=40,
        help_text=_("Comma-separated codes, e.g. en,fr."),
    )
    themes = models.ManyToManyField("cities.Theme", blank=True, verbose_name=_("themes"))
    cities = models.ManyToManyField(
        "cities.City", blank=True, related_name="documents", verbose_name=_("related cities")
    )
    file = models.FileField(_("file"), upload_to=private_document_path, blank=True, max_length=200)
    file_type = models.CharField(max_length=10, blank=True, editable=False)
    file_size = models.PositiveBigIntegerField(default=0, editable=False)
    original_name = models.CharField(max_length=200, blank=True, editable=False)
    external_url = models.URLField(_("external link"), blank=True)
    visibility = models.CharField(
        _("visibility"), max_length=15, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    licence = models.CharField(_("licence or rights"), max_length=200, blank=True)
    extracted_text = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("evidence document")
        verbose_name_plural = _("evidence documents")
        ordering = ["-publication_date", "-pk"]
        indexes = [models.Index(fields=["-publication_date", "-id"], name="evidence_date_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~(Q(file="") & Q(external_url="")), name="evidence_file_or_link"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("evidence:detail", kwargs={"pk": self.pk})

    @property
    def file_extension(self) -> str:
        from .files import FILE_TYPES

        return FILE_TYPES.get(self.file_type, ("", ""))[1]

    @property
    def language_codes(self) -> list[str]:
        return [code for code in self.languages.split(",") if code]

    @property
    def language_names(self) -> list[str]:
        return [
            str(DOCUMENT_LANGUAGES[code][1])
            for code in self.language_codes
            if code in DOCUMENT_LANGUAGES
        ]

    def clean(self):
        super().clean()
        if not self.file and not self.external_url:
            raise ValidationError(_("Upload a file or give an external link."), code="file_or_link")
        unknown = [code for code in self.language_codes if code not in DOCUMENT_LANGUAGES]
        if unknown or not self.language_codes:
            raise ValidationError(
                {"languages": _("Choose at least one language.")}, code="languages"
            )
