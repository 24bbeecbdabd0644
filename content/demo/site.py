from django.conf import settings
from wagtail.models import Locale, Page, Site

from content.data.locales import sync_locales
from content.pages.models import HomePage

HOME_TITLE = "Procurement Atlas"
HOME_INTRO = (
    "How public procurement works across Asia and the Pacific: policy documents, "
    "side-by-side comparisons of national systems, ODA programme materials and guides, "
    "shared by Korea's Public Procurement Service."
)


def ensure_home_pages() -> dict[str, HomePage]:
    """The English home page as the default site's root, with one translation per locale."""
    sync_locales()
    en = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(locale=en).first()
    if home is None:
        # A flushed database (transactional tests) has lost even Wagtail's root.
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=en)
        )
        home = root.add_child(
            instance=HomePage(
                title=HOME_TITLE, slug="procurement-atlas", intro=HOME_INTRO, locale=en
            )
        )
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    # Wagtail's install leaves a placeholder page as the site root; retire it.
    Page.objects.filter(depth=2).exclude(pk=home.pk).not_type(HomePage).delete()
    homes = {settings.LANGUAGE_CODE: home}
    for locale in Locale.objects.exclude(pk=en.pk):
        translation = home.get_translation_or_none(locale)
        if translation is None:
            translation = home.copy_for_translation(locale)
            translation.save_revision().publish()
        homes[locale.language_code] = translation
    return homes
