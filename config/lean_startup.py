"""Workaround: what Wagtail 8 and Django REST framework load at startup that this
site never uses, kept out of every gunicorn worker (about 30 MB each on SQLite).

- Wagtail 8's redirects and images apps build its API v3 (a django-ninja API and
  its routers) in `ready()`, whether or not a URLconf mounts `wagtail.api.v3.urls`.
  This site mounts no Wagtail API, so those routers are registered on a stand-in.
- wagtail-localize's admin views import Django REST framework, whose `compat`
  imports `django.contrib.postgres.fields`, which imports psycopg (about 22 MB)
  even when every database is SQLite. On SQLite that import is made to fail,
  which `rest_framework.compat` reads as "no PostgreSQL fields", as it does
  when psycopg is not installed.

Both last only while Django sets up; later imports behave as usual. Delete the
first when Wagtail registers its API v3 routers from the URLconf (or lazily),
the second when REST framework stops importing `django.contrib.postgres` at
import time; mount `wagtail.api.v3.urls` only after deleting the first.
"""

import contextlib
import sys
import types

from django.conf import settings

_API_V3_MODULES = {
    "wagtail.api.v3.api": {},
    "wagtail.contrib.redirects.api.v3": {"router": None},
    "wagtail.images.api.v3.registry": {"register_content_types": lambda: None},
    "wagtail.images.api.v3.router": {"router": None},
}


class _UnmountedApi:
    """Takes the routers Wagtail's apps add and drops them: nothing serves them."""

    def add_router(self, *args, **kwargs):
        pass


def _stand_ins() -> dict:
    modules = {}
    for name, attributes in _API_V3_MODULES.items():
        module = types.ModuleType(name, "Stand-in while Django sets up (config.lean_startup).")
        module.__dict__.update(attributes)
        modules[name] = module
    modules["wagtail.api.v3.api"].api = _UnmountedApi()
    if not any("postgresql" in db["ENGINE"] for db in settings.DATABASES.values()):
        modules["django.contrib.postgres.fields"] = None  # import raises ImportError
    return modules


@contextlib.contextmanager
def without_unused_modules():
    stand_ins = {name: module for name, module in _stand_ins().items() if name not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        yield
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
