"""People: the people pages, their import, merging duplicates, and their data (GDPR)."""
