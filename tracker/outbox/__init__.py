"""The outbox pages for admins and secretaries, beside tracker.mail (which has no views)."""
