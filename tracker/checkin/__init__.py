"""Check-in from an email: one action, one choice, no login; the change happens on POST only."""
