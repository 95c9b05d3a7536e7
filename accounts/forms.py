from django import forms
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm
from django.utils.translation import gettext_lazy as _

TEXTBOX = "utrecht-textbox utrecht-textbox--html-input"


class CodeForm(forms.Form):
    otp_token = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={
                "class": TEXTBOX,
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autocapitalize": "none",
                "spellcheck": "false",
            }
        ),
    )

    def clean_otp_token(self):
        return "".join(self.cleaned_data["otp_token"].split()).lower()


class TextboxForm:
    """Mixed into a form whose fields are all text boxes (accounts/field.html renders them)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = TEXTBOX


class LoginForm(TextboxForm, AuthenticationForm):
    """Django's login form with NL Design System text boxes."""


class NewPasswordForm(TextboxForm, SetPasswordForm):
    """Django's new-password form with NL Design System text boxes."""
