"""The Delegations tab: delegations, their members and hosting, the people directory and
the mission report."""
