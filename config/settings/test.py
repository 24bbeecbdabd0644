import copy
import os

from .base import *  # noqa: F403
from .base import BASE_DIR, CONTENT_SECURITY_POLICY, TEMPLATES, env

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
MEDIA_ROOT = env.path("MEDIA_ROOT", default="/tmp/atlas-test-media")

# The suite runs in parallel (pytest-xdist); pytest-django gives each worker its own
# test database, and each needs its own search indices and media folder as well.
if worker := os.environ.get("PYTEST_XDIST_WORKER"):
    ELASTICSEARCH_INDEX_PREFIX = f"{ELASTICSEARCH_INDEX_PREFIX}-{worker}"  # noqa: F405
    MEDIA_ROOT = os.path.join(str(MEDIA_ROOT), worker)

# A missing template variable must fail the test that renders it.
TEMPLATES[0]["OPTIONS"]["string_if_invalid"] = "INVALID_TEMPLATE_VARIABLE[%s]"

# Pages are not cached whole in tests (each test rolls its data back, which no
# signal announces); tests/production turns the cache on where it is the subject.
PAGE_CACHE_SECONDS = 0
BRIEF_CACHE_SECONDS = 0
OBJECT_CACHE_SECONDS = 0
API_RATE_LIMIT = "100000/60"

# The accessibility tests inject axe-core as an inline script (Playwright's
# add_script_tag appends a sourceURL line to the file). Allow exactly that script
# by its hash; the policy stays strict for everything else.
_AXE = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
if _AXE.exists():
    import base64
    import hashlib

    _injected = _AXE.read_text(encoding="utf-8") + f"\n//# sourceURL={_AXE}"
    _digest = base64.b64encode(hashlib.sha256(_injected.encode()).digest()).decode()
    CONTENT_SECURITY_POLICY = copy.deepcopy(CONTENT_SECURITY_POLICY)
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"] = ["'self'", f"'sha256-{_digest}'"]
# The shared node serves three test workers at once and can pause (refreshes, merges)
# past production's 3 s; tests of a slow or down node set their own, shorter, timeout.
ELASTICSEARCH_TIMEOUT = 10.0
