from django.urls import path

from content.tools import views

# Inside i18n_patterns (config/urls.py), before Wagtail's catch-all.
urlpatterns = [
    path("countries/<str:code>/brief/", views.country_brief, name="country-brief"),
    path("self-assessment/", views.self_assessment, name="self-assessment"),
    path("self-assessment/result/", views.self_assessment_result, name="self-assessment-result"),
]
