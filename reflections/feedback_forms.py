"""The form a professional gives feedback with (issue 14, item 4): one guarded text."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .feedback_models import Feedback
from .forms import GuardedFormMixin


class FeedbackForm(GuardedFormMixin, forms.ModelForm):
    guarded_fields = ("text",)

    class Meta:
        model = Feedback
        fields = ["text"]
        labels = {"text": _("Uw feedback")}
        help_texts = {
            "text": _(
                "Werkt dit in uw praktijk? Noem geen namen of andere gegevens van een gezin of "
                "collega: zulke tekst wordt geweigerd en niet bewaard."
            )
        }
        widgets = {"text": forms.Textarea(attrs={"rows": 6})}

    def clean(self):
        cleaned = super().clean()
        self.guard()
        return cleaned
