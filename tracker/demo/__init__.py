"""Demo data: the Lederforum meeting of the sample referat (26 February 2025), moved to a
recent date by ``tracker demo`` unless its dates are kept as written."""
