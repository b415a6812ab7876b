"""The Events tab: the list and calendar of events and the event editor."""
