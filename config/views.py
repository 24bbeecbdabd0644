from django.conf import settings
from django.http import HttpResponseServerError
from django.template import loader
from django.utils.translation import get_language
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """500 in the visitor's language, saying nothing about what failed.

    Renders a template that needs no database, no context processors and no
    settings model, since any of them may be what broke.
    """
    codes = {code for code, _name in settings.LANGUAGES}
    language = get_language() if get_language() in codes else settings.LANGUAGE_CODE
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render({"LANGUAGE_CODE": language}))
