"""After-sales cases (C8): returns, refunds, exchanges, resends, complaints, not-received,
marketplace disputes and chargebacks, with state machines, evidence, SLA alerts and the report."""
