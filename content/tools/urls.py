from django.urls import path

from content.tools import views

# Inside i18n_patterns (config/urls.py), before Wagtail's catch-all.
urlpatterns = [
    path("countries/<str:code>/brief/", views.country_brief, name="country-brief"),
]
