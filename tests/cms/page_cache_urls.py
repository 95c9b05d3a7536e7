"""Views for tests/cms/test_page_cache_responses.py: an inline script, a cookie, a Vary."""

from django.http import HttpResponse
from django.urls import include, path


def with_inline_script(request):
    nonce = request.csp_nonce
    return HttpResponse(
        f'<!doctype html><script nonce="{nonce}">1</script><style nonce="{nonce}"></style>'
    )


def setting_a_cookie(request):
    response = HttpResponse("<p>koekje</p>")
    response.set_cookie("gezien", "1")
    return response


def varying_on_accept(request):
    response = HttpResponse("<p>hangt af</p>")
    response["Vary"] = "Accept"
    return response


def plain(request):
    return HttpResponse("<p>gewoon</p>")


urlpatterns = [
    path("script/", with_inline_script),
    path("koekje/", setting_a_cookie),
    path("vary/", varying_on_accept),
    path("gewoon/", plain),
    path("", include("cms.urls")),
]
