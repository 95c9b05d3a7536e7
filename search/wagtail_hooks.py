from wagtail import hooks


@hooks.register("health_checks")  # see cms/hooks.py
def search_health():
    from search.backends import get_backend

    return {"search": lambda: get_backend().healthy()}
