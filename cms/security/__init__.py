"""Response headers and log hygiene: the platform's web-frontend and logging rules.

One module per decision: `csp` (Content-Security-Policy, the admin's own policy, the nonce
for Wagtail's inline scripts: `wagtail_nonces`), `headers` (what Django and django-csp do not
set), `private` (no caching of team data) and `logs` (structured logs without personal data;
the request id comes from django-guid). See docs/security.md.
"""
