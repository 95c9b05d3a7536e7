from wagtail import hooks

from cms.hooks import HEALTH_CHECKS


@hooks.register(HEALTH_CHECKS)  # see cms/hooks.py
def search_health():
    from search.backends import get_backend

    return {"search": lambda: get_backend().healthy()}
