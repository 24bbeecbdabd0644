"""Whether a translation was reviewed by a person who reads its language."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["TranslationStatus", "TranslationStatusMixin"]


class TranslationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft: not yet reviewed")
    REVIEWED = "reviewed", _("Reviewed by a reader of the language")


class TranslationStatusMixin(models.Model):
    """For pages and translatable snippets: a translation nobody reviewed is a draft.

    Only meaningful outside the source locale. The field is neither translated nor
    synchronised, and a copy made for translation never inherits it, so a translator
    who starts from the source (or from a reviewed translation) starts from "draft".
    """

    translation_status = models.CharField(
        _("translation status"),
        max_length=10,
        choices=TranslationStatus.choices,
        default=TranslationStatus.DRAFT,
        help_text=_(
            "Set “reviewed” only once a person who reads this language has checked the "
            "translation. Readers see a draft translation marked as such. Ignored for English."
        ),
    )

    # Read by Wagtail's copy and copy_for_translation: the copy gets the default.
    exclude_fields_in_copy = ["translation_status"]

    class Meta:
        abstract = True

    @property
    def is_draft_translation(self) -> bool:
        return (
            self.translation_status != TranslationStatus.REVIEWED
            and self.locale.language_code != settings.LANGUAGE_CODE
        )
