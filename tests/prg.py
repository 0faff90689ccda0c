"""Post/Redirect/Get for a refused form, as the tests see it (tracker.forms_common.refused).

A refused POST answers 303 to the page's GET address; that page (200) shows the form as sent,
with its errors, once.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def error_page(client, response, page: str | None = None) -> str:
    """The page a refused POST's ``response`` leads to: asserts the 303 (to ``page``, a path,
    when given), follows it once, asserts 200 and returns the page's text."""
    assert response.status_code == 303, (response.status_code, response.get_data(as_text=True))
    location = response.headers["Location"]
    if page is not None:
        assert urlsplit(location).path == urlsplit(page).path, location
    followed = client.get(location)
    assert followed.status_code == 200, followed.status_code
    return followed.get_data(as_text=True)


def post_with_error(client, url, data=None, *, token_from=None, page=None) -> str:
    """POST ``data`` to ``url``, expect it refused (303 to ``page``, default ``url``) and return
    the page's text after the redirect."""
    response = client.post(url, data, token_from=token_from)
    return error_page(client, response, page or url)
