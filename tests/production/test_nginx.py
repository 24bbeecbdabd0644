"""The nginx configuration in deploy/ is valid for Debian's nginx, as rendered."""

import re
import shutil
import subprocess
from pathlib import Path

from django.conf import settings

from tests.conftest import need_service

ROOT = Path(settings.BASE_DIR)
NGINX = "/usr/sbin/nginx"


def render(tmp_path):
    conf = tmp_path / "nginx.conf"
    subprocess.run(
        [
            "bash",
            str(ROOT / "scripts/prod.sh"),
            "render-nginx",
            str(conf),
            str(tmp_path),
            "18080",
            "18443",
        ],
        check=True,
        env={"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "PROD_STATE": str(tmp_path)},
    )
    return conf


def test_nginx_accepts_the_config(tmp_path):
    if not Path(NGINX).exists():
        need_service("Debian's nginx is not installed (scripts/system-deps.sh)")
    conf = render(tmp_path)
    result = subprocess.run(
        [
            NGINX,
            "-t",
            "-c",
            str(conf),
            "-p",
            str(tmp_path / "nginx"),
            "-e",
            str(tmp_path / "e.log"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_config_has_what_production_needs(tmp_path):
    text = render(tmp_path).read_text()
    settings_lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    assert not re.search(r"@[A-Z0-9_]+@", "\n".join(settings_lines))  # every placeholder filled
    for needle in (
        "proxy_next_upstream error timeout",
        "server 127.0.0.1:8001",
        "server 127.0.0.1:8002",
        "gzip on;",
        "client_max_body_size 50m;",
        "immutable",
        "X-Request-ID $request_id",
        "listen 127.0.0.1:18080;",
        "listen 127.0.0.1:18443 ssl",
        "return 301 https://$host:18443$request_uri;",
        "ssl_protocols TLSv1.2 TLSv1.3;",
    ):
        assert needle in text, needle
    assert shutil.which("bash")
