from django.urls import path

from search import views

# The page sits inside i18n_patterns (config/urls.py); the API is in config/api.py.
page_urlpatterns = [path("search/", views.search_page, name="search")]
