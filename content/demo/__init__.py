"""The demo site, built through the layers' own models and services (`manage.py load_demo`)."""
