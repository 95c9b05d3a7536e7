"""Actions on accounts in Wagtail's audit log (``wagtail.log_actions.log``).

Wagtail itself logs creating, editing and deleting a user (``wagtail.create``,
``wagtail.edit``, ``wagtail.delete``); these are the account actions it does not know.
"""

from django.utils.translation import gettext_lazy as _

SECOND_FACTOR_RESET = "accounts.second_factor_reset"
RESET_LINK_SENT = "accounts.password_reset_link"
DEACTIVATED = "accounts.deactivate"
ACTIVATED = "accounts.activate"
BULK_ACTION = "accounts.bulk_action"

ACTIONS = {
    SECOND_FACTOR_RESET: _("Tweede factor gewist door beheerder"),
    RESET_LINK_SENT: _("Link voor nieuw wachtwoord gestuurd"),
    DEACTIVATED: _("Account uitgezet"),
    ACTIVATED: _("Account aangezet"),
    BULK_ACTION: _("Bulkactie op account"),
}
