"""Reminders: the weekly digest, status rounds, deadline reminders, and the outbox."""
