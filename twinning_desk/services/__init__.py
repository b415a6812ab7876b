"""Use cases of the committee, one module per area; no Qt widgets below this line."""
