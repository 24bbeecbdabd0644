"""Staff roles as Wagtail groups, each with the least it needs.

Everything a role may do is declared here and granted through Wagtail's own
permissions: model permissions, page permissions on a subtree (a locale's home
page is the root of that locale's tree), collection permissions, and
wagtail-localize's `submit_translation`. No view adds checks of its own.

| role | may |
| --- | --- |
| Editors | add and edit pages in the source language; upload and choose files |
| Translators (xx) | start translations and edit pages in locale xx only; choose and upload files |
| Reviewers | approve and publish (and lock) pages in every locale; start translations |
| Data managers | countries, pillars, indicators, values, topics, glossary, imports |
| ODA managers | add and edit ODA programmes and guides (their index pages' subtrees) |

Nobody but Reviewers publishes: the review workflow on the root page (every
page type, every locale) routes every other role's change through them.

`sync_roles(apps)` is written against an app registry, so the data migration
runs it on historical models and `post_migrate` on the live ones (a locale
added to settings gets its translators at the next migrate). Page
permissions hang off pages that appear after migrating (home pages per
locale, the ODA and guide indexes), so `grant_page_permissions` also runs when
such a page is created.
"""

from django.conf import settings
from django.contrib.auth.management import create_permissions

__all__ = [
    "EDITORS",
    "REVIEWERS",
    "DATA_MANAGERS",
    "ODA_MANAGERS",
    "translators_group",
    "translation_locales",
    "sync_roles",
    "grant_page_permissions",
    "is_anchor_page",
    "WORKFLOW_NAME",
]

EDITORS = "Editors"
REVIEWERS = "Reviewers"
DATA_MANAGERS = "Data managers"
ODA_MANAGERS = "ODA managers"
# Wagtail's install creates "Moderators" and its approval workflow; they become ours.
_WAGTAIL_MODERATORS = "Moderators"
WORKFLOW_NAME = "Review before publishing"
TASK_NAME = "Reviewer approval"

ADMIN = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
_DATA_MODELS = ["country", "pillar", "indicator", "indicatorvalue", "topic", "glossaryterm"]
_DATA_PERMISSIONS = [
    f"data.{action}_{model}"
    for model in _DATA_MODELS
    for action in ("add", "change", "delete", "view")
] + ["data.view_indicatorvaluechange"]

_FILES_EDIT = [
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
]
_FILES_ADD = [
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
]
_FILES_CHOOSE = ["wagtaildocs.choose_document", "wagtailimages.choose_image"]


def translators_group(language_code: str) -> str:
    return f"Translators ({language_code})"


def translation_locales() -> list[str]:
    """Every content language but the source one."""
    return [
        code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]


def _roles() -> dict[str, dict]:
    """Group name: model permissions, collection permissions (on the root
    collection) and page permissions as {anchor: [codename, ...]}.

    An anchor is "root" (Wagtail's root page: every locale), ("locale", code)
    (that locale's home page) or ("type", "app.Model") (pages of that type in
    the source locale)."""
    source = ("locale", settings.LANGUAGE_CODE)
    roles = {
        EDITORS: {
            "model": [ADMIN],
            "collection": _FILES_EDIT,
            "pages": {source: ["add_page", "change_page"]},
        },
        REVIEWERS: {
            "model": [ADMIN, SUBMIT_TRANSLATION],
            "collection": _FILES_CHOOSE,
            "pages": {"root": ["change_page", "publish_page", "lock_page", "unlock_page"]},
        },
        DATA_MANAGERS: {"model": [ADMIN, *_DATA_PERMISSIONS], "collection": [], "pages": {}},
        ODA_MANAGERS: {
            "model": [ADMIN],
            "collection": _FILES_EDIT,
            "pages": {
                ("type", "pages.ODAProgrammeIndexPage"): ["add_page", "change_page"],
                ("type", "pages.GuideLibraryPage"): ["add_page", "change_page"],
            },
        },
    }
    for code in translation_locales():
        roles[translators_group(code)] = {
            "model": [ADMIN, SUBMIT_TRANSLATION],
            "collection": _FILES_ADD,
            "pages": {("locale", code): ["change_page"]},
        }
    return roles


def is_anchor_page(page) -> bool:
    """Whether creating this page may call for new page permissions."""
    anchor_types = {
        anchor[1].lower()
        for role in _roles().values()
        for anchor in role["pages"]
        if anchor != "root" and anchor[0] == "type"
    }
    return page.depth <= 2 or f"{page._meta.app_label}.{page._meta.model_name}" in anchor_types


# Permissions no model declares: wagtail-localize creates this one in a data
# migration, so a flushed database (transactional tests) lacks it until remade.
_UNDECLARED = {SUBMIT_TRANSLATION: ("translation", "Can submit translations")}


def ensure_permissions(apps) -> None:
    """Django creates permissions after the last migration; roles need them before."""
    for app_config in apps.get_app_configs():
        # A migration's app registry holds stubs, which create_permissions skips
        # unless they look like apps with models.
        if getattr(app_config, "models_module", None) is None:
            app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for name, (model, label) in _UNDECLARED.items():
        app_label, codename = name.split(".")
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": label}
        )


def _permissions(apps, names: list[str]):
    Permission = apps.get_model("auth", "Permission")
    found = {}
    for name in names:
        app_label, codename = name.split(".")
        found[name] = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    return [found[n] for n in names]


def _anchor_pages(apps, anchor):
    Page = apps.get_model("wagtailcore", "Page")
    if anchor == "root":
        return Page.objects.filter(depth=1)
    kind, value = anchor
    if kind == "locale":
        return Page.objects.filter(depth=2, locale__language_code=value)
    app_label, model = value.split(".")
    return Page.objects.filter(
        content_type__app_label=app_label,
        content_type__model=model.lower(),
        locale__language_code=settings.LANGUAGE_CODE,
    )


def grant_page_permissions(apps, *, reset: bool = False) -> None:
    """Give each role its page permissions on every anchor page that exists.
    With `reset`, first drop any other page permission the role's group holds."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for name, role in _roles().items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        wanted = set()
        for anchor, codenames in role["pages"].items():
            permissions = _permissions(apps, [f"wagtailcore.{c}" for c in codenames])
            for page in _anchor_pages(apps, anchor):
                for permission in permissions:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=page, permission=permission
                    )
                    wanted.add((page.pk, permission.pk))
        if reset:
            for held in GroupPagePermission.objects.filter(group=group):
                if (held.page_id, held.permission_id) not in wanted:
                    held.delete()


def _sync_workflow(apps, reviewers) -> None:
    """One approval task for Reviewers, in one workflow on the root page."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task = GroupApprovalTask.objects.filter(groups=reviewers).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type)
        task.groups.set([reviewers])
    task.name = TASK_NAME
    task.active = True
    task.save()
    link = WorkflowTask.objects.filter(task=task).select_related("workflow").first()
    if link is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    else:
        workflow = link.workflow
    workflow.name, workflow.active = WORKFLOW_NAME, True
    workflow.save()
    for root in Page.objects.filter(depth=1):
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def sync_roles(apps, *, reset: bool = False) -> None:
    """Create or complete every role's group, its permissions and the review workflow.

    Adds what is missing and leaves the rest, so staff may widen a group in the
    admin; `reset` (the first migration) also removes page and collection
    permissions a role should not have, such as Wagtail's defaults on the root."""
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    if reset and not Group.objects.filter(name=REVIEWERS).exists():
        Group.objects.filter(name=_WAGTAIL_MODERATORS).update(name=REVIEWERS)
    root_collection = Collection.objects.filter(depth=1).first()
    for name, role in _roles().items():
        group, _ = Group.objects.get_or_create(name=name)
        if reset:
            group.permissions.set(_permissions(apps, role["model"]))
        else:
            group.permissions.add(*_permissions(apps, role["model"]))
        if root_collection is None:
            continue
        wanted = _permissions(apps, role["collection"])
        for permission in wanted:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
        if reset:
            GroupCollectionPermission.objects.filter(group=group).exclude(
                permission__in=wanted
            ).delete()
    _sync_workflow(apps, Group.objects.get(name=REVIEWERS))
    grant_page_permissions(apps, reset=reset)
