"""Docker HEALTHCHECK of the web container: GET /healthz on gunicorn, exit 0 only on 200.

Plain standard library, no Django start-up. It asks with the site's own host name (from
SITE_URL, which must be in ALLOWED_HOSTS) and says the request came over HTTPS, as the proxy in
front would, so that neither ALLOWED_HOSTS nor SECURE_SSL_REDIRECT turns it away.
"""

import os
import sys
import urllib.error
import urllib.request
from urllib.parse import urlsplit

PORT = os.environ.get("PORT", "8000")


def main() -> int:
    host = urlsplit(os.environ.get("SITE_URL", "http://127.0.0.1:8000")).netloc
    request = urllib.request.Request(  # noqa: S310 — a fixed loopback http URL
        f"http://127.0.0.1:{PORT}/healthz",
        headers={"Host": host, "X-Forwarded-Proto": "https"},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
            return 0 if response.status == 200 else 1
    except (urllib.error.URLError, OSError):
        return 1


if __name__ == "__main__":
    sys.exit(main())
