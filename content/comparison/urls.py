from django.urls import path

from content.comparison import views

# Inside i18n_patterns (config/urls.py), before Wagtail's catch-all.
urlpatterns = [
    path("compare/", views.compare, name="compare"),
    path("compare/methodology/", views.methodology, name="compare-methodology"),
    path("compare/changes/<str:code>/", views.country_changes, name="compare-changes"),
    path(
        "compare/feeds/country/<str:code>/",
        views.CountryChangesFeed(),
        name="compare-feed-country",
    ),
    path(
        "compare/feeds/indicator/<slug:code>/",
        views.IndicatorChangesFeed(),
        name="compare-feed-indicator",
    ),
    path("open-data/", views.open_data, name="open-data"),
]
