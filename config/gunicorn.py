"""gunicorn settings for every app server (`gunicorn -c config/gunicorn.py config.wsgi`).

Each value can be overridden from the environment (GUNICORN_*), so one file
serves the two loopback instances of `make prod` and a bigger machine alike.
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# The usual 2 × cores + 1 sync workers: requests wait on PostgreSQL and
# Elasticsearch rather than on the CPU.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
worker_class = "gthread" if threads > 1 else "sync"
# nginx gives up on an upstream after 30 s (proxy_read_timeout); end the worker first.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 20))
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = 200
# Load the application once in the master; workers fork from it.
preload_app = True

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# nginx's $request_id arrives as X-Request-ID: one id in both logs.
access_log_format = (
    '%(h)s rid=%({x-request-id}i)s "%(r)s" %(s)s %(B)s %(M)sms "%(f)s" "%(a)s" pid=%(p)s'
)
# Only nginx on this machine talks to us; trust its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
proc_name = os.environ.get("GUNICORN_PROC_NAME", "atlas")
pidfile = os.environ.get("GUNICORN_PID_FILE") or None
# Django's own log (errors with their traceback) goes to stderr: keep it in errorlog.
capture_output = True
# gunicorn 27's runtime control socket is not used (it wants a home directory).
control_socket_disable = True


def pre_fork(server, worker):
    # What the app built at load time is shared with the workers until written to;
    # the cyclic collector writes to every object it visits, copying its page into
    # each worker. Frozen objects are never visited.
    gc.freeze()
