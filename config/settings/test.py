from .base import *  # noqa: F403
from .base import TEMPLATES, env

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
MEDIA_ROOT = env.path("MEDIA_ROOT", default="/tmp/atlas-test-media")

# A missing template variable must fail the test that renders it.
TEMPLATES[0]["OPTIONS"]["string_if_invalid"] = "INVALID_TEMPLATE_VARIABLE[%s]"

# Pages are not cached whole in tests (each test rolls its data back, which no
# signal announces); tests/production turns the cache on where it is the subject.
PAGE_CACHE_SECONDS = 0
API_RATE_LIMIT = "100000/60"
