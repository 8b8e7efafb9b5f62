"""Emporium middle tier: the RPyC server that owns validation, business rules, permissions and audit."""
