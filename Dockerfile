# The one image for web (gunicorn) and worker (manage.py db_worker); see docs/operations.md.

# --- front-end packages (NL Design System CSS), from the lock file, without dev packages ---
FROM node:20-bookworm-slim AS frontend
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=error

# --- the project ------------------------------------------------------------------------
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home app
COPY . .
RUN pip install --quiet "."
COPY --from=frontend /app/node_modules ./node_modules
# Static files are collected (and compressed by WhiteNoise) at build time; the key and host
# below exist for this one command only and are not part of the image's environment.
RUN SECRET_KEY=build-time-only-collectstatic-not-a-real-key ALLOWED_HOSTS=build \
    python manage.py collectstatic --noinput --verbosity 0 \
    && mkdir -p /app/media \
    && chown -R app:app /app/media
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "deploy/healthcheck.py"]
ENTRYPOINT ["gunicorn", "cms.wsgi:application"]
CMD ["--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
