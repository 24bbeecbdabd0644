"""Wagtail admin: upload a CSV or XLSX of indicator values (thin over the importer)."""

from django import forms
from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from content.comparison.importer import ImportFormatError, import_rows, read_table


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"))
    dry_run = forms.BooleanField(
        label=_("Dry run: only show what would change"), required=False, initial=True
    )


@permission_required("data.add_indicatorvalue", raise_exception=True)
def import_indicators(request):
    result, error = None, None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            rows = read_table(upload.name, upload.read())
        except ImportFormatError as exc:
            error = str(exc)
        else:
            result = import_rows(rows, dry_run=form.cleaned_data["dry_run"], user=request.user)
    return render(
        request,
        "pages/admin_import_indicators.html",
        {"form": form, "result": result, "error": error},
        status=400 if (error or (result and result.errors)) else 200,
    )
