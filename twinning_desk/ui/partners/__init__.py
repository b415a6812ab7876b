"""The Partners tab: the list of partner towns, the partner editor and the list import."""
