from django.urls import path

from search import views

# The page sits inside i18n_patterns (config/urls.py); the API is language-neutral.
page_urlpatterns = [path("search/", views.search_page, name="search")]
api_urlpatterns = [
    path("api/search/", views.search_api, name="search_api"),
    path("api/search/suggest/", views.suggest_api, name="search_suggest"),
]
