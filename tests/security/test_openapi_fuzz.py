"""schemathesis fuzzes every operation of /api/openapi.json through the WSGI app.

It asserts what a client of the open API depends on: no server error, and only status codes
the schema documents. The number of examples is bounded to keep this under two minutes.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import status_code_conformance

from cms.wsgi import application
from tests.learning.factories import PilotPageFactory, ResearchSummaryPageFactory, publish

EXAMPLES_PER_OPERATION = 30


# The schema is read at collection (no database needed); the cases run inside the test's.
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def pages(learning_site):
    # A WSGI request ends with close_old_connections, which would close the test's own
    # transaction on PostgreSQL; Django's test client disconnects it the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    publish(PilotPageFactory(title="Vast gezicht"))
    publish(ResearchSummaryPageFactory(title="Studie"))
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_answers_only_documented_status_codes(case, pages):
    case.call_and_validate(checks=[not_a_server_error, status_code_conformance])
