"""The status overview before the next forum: on screen, on paper, PDF, Excel and CSV."""
