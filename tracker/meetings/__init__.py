"""Forums and meetings: what was decided where."""
