"""Emporium data tier: SQLAlchemy 2.0 models, engine and session set-up, Alembic migrations.

Imports neither the middle tier nor the client (DESIGN.md section 1).
"""
