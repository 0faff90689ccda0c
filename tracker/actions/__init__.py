"""Actions: what is to be done, by whom, by when, and what became of it."""
