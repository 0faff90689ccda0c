"""Importing a referat: upload, review the draft actions, save the meeting in one go."""
