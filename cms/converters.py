"""URL converters: `<id:pk>` is Django's `<int:pk>` bounded to ids the database can store.

A 20-digit id in a path would otherwise reach the database and overflow (a 500); with this
converter the URL simply does not match and the visitor gets the normal 404 page.
"""

from django.urls import register_converter

from cms.validation import MAX_ID


class BoundedIdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 1 <= number <= MAX_ID:
            raise ValueError("id out of range")  # Django treats this as "no match"
        return number

    def to_url(self, value) -> str:
        return str(value)


register_converter(BoundedIdConverter, "id")
