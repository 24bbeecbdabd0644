"""Staff roles as groups (content/staff/roles.py), and the review workflow on every page.

Replaces Wagtail's install defaults: "Moderators" becomes "Reviewers" (keeping
its approval workflow), and Editors lose their permissions on the root page
(every locale) for the source-language tree only.
"""

from django.db import migrations

from content.staff.roles import sync_roles


def create_roles(apps, schema_editor):
    sync_roles(apps, reset=True)


class Migration(migrations.Migration):
    dependencies = [
        ("staff", "0001_document_downloads"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("data", "0001_initial"),
        ("pages", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
