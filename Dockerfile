FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=mayors_dialogue.settings.production

WORKDIR /app
COPY requirements/bootstrap.txt requirements/base.txt requirements/
# The pinned pip first, so the lock is installed by the same pip whatever the image bundles.
RUN pip install --no-cache-dir --require-hashes -r requirements/bootstrap.txt \
    && pip install --no-cache-dir --require-hashes -r requirements/base.txt

COPY . .
# Static files and compiled catalogues are built into the image; the key is for this step only.
RUN DJANGO_SECRET_KEY=image-build-only python manage.py collectstatic --noinput \
    && DJANGO_SECRET_KEY=image-build-only python manage.py compiletranslations \
    && useradd --create-home --uid 1000 app \
    && mkdir -p var/media \
    && chown -R app:app var

USER app
EXPOSE 8000
CMD ["bin/start", "web"]
