"""Check digits: the Dutch 11-proef (BSN) and ISO 13616 mod-97 (IBAN)."""

from __future__ import annotations

# IBAN lengths per country for the countries most likely to occur.
IBAN_LENGTHS = {
    "NL": 18,
    "BE": 16,
    "DE": 22,
    "FR": 27,
    "GB": 22,
    "ES": 24,
    "IT": 27,
    "PT": 25,
    "PL": 28,
    "TR": 26,
    "LU": 20,
    "AT": 20,
    "CH": 21,
    "IE": 22,
    "DK": 18,
    "SE": 24,
    "NO": 15,
    "FI": 18,
    "MA": 28,
    "RO": 24,
    "BG": 22,
    "HU": 28,
    "CZ": 24,
    "SK": 24,
    "GR": 27,
    "LT": 20,
    "LV": 21,
    "EE": 20,
    "HR": 21,
    "SI": 19,
}


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def is_bsn(text: str) -> bool:
    """True for 9 digits (separators ignored) that pass the 11-proef."""
    d = digits_of(text)
    if len(d) != 9 or d == "000000000":
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True))
    return (total - int(d[8])) % 11 == 0


def is_iban(text: str) -> bool:
    """True when the compacted string is a mod-97 valid IBAN of a plausible length."""
    s = "".join(c for c in text if c not in " \t\n\u00a0.-").upper()
    if len(s) < 15 or len(s) > 34 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    expected = IBAN_LENGTHS.get(s[:2])
    if expected is not None and len(s) != expected:
        return False
    if not s.isalnum() or not s.isascii():
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
