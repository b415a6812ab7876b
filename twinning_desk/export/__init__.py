"""File writers: plain data in, a file out, never half-written. No Qt, no queries."""
