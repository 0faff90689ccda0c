"""Demo data: the Lederforum meeting of 26 February 2025, read from its referat."""
