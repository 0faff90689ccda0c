#!/usr/bin/env bash
# Production-style: migrate, then gunicorn with $WORKERS workers and one `tracker scheduler`.
# Further schedulers may be started elsewhere: only one does the work at a time (a lock in the
# database), and another takes over when it dies. Configure with the variables in README "Drift".
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
"$BIN/tracker" db upgrade
"$BIN/tracker" scheduler &
scheduler=$!
trap 'kill "$scheduler" 2>/dev/null || true' EXIT INT TERM
exec_args=(--config python:tracker.gunicorn_conf --workers "${WORKERS:-3}" --bind "${BIND:-127.0.0.1:${PORT:-8000}}"
  --access-logfile - --logger-class tracker.logs.Gunicorn --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-127.0.0.1}")
"$BIN/gunicorn" "${exec_args[@]}" "tracker:create_app()"
