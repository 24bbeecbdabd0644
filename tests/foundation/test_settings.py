import subprocess
import sys

import pytest


def _import_production(env):
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django, os; os.environ['DJANGO_SETTINGS_MODULE']="
            "'config.settings.production'; django.setup()",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("key", ["", "short", "dev-only-insecure-key-not-for-production-at-all"])
def test_production_refuses_weak_secret_key(key):
    result = _import_production({"SECRET_KEY": key, "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_starts_with_real_secret_key():
    result = _import_production({"SECRET_KEY": "x" * 50, "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr


def test_lao_is_registered_once():
    from django.conf.locale import LANG_INFO
    from django.utils.translation import get_language_info

    assert get_language_info("lo")["name_local"] == "ລາວ"
    assert LANG_INFO["lo"]["bidi"] is False
