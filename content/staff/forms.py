"""The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): every upload path uses it."""

from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

from .uploads import check_upload


class AtlasDocumentForm(BaseDocumentForm):
    """Refuses a file whose content is not what its name says (see uploads.py); a
    refused form saves nothing, so nothing reaches storage."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            upload.name = check_upload(upload)
        return upload

    def _post_clean(self):
        # With the file refused, Wagtail's model check would add a second error
        # about an empty extension; the form is invalid either way.
        if self.has_error("file"):
            return
        super()._post_clean()
