"""Dates people type, for both interface languages (settings.FORMAT_MODULE_PATH).

Dutch readers write 31-12-2026 or 1-5-2027; ISO (2026-12-31) is always accepted as well,
Django adds it to every list. Two-digit years are left out on purpose: 1-5-27 is ambiguous.
Only the input formats are set here; how dates are shown stays Django's per language.
"""

DATE_INPUT_FORMATS = ["%d-%m-%Y"]  # strptime also reads 1-5-2027 with %d-%m-%Y
DATETIME_INPUT_FORMATS = ["%d-%m-%Y %H:%M", "%d-%m-%Y %H:%M:%S"]
