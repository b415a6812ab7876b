"""What the feature packages share: helpers, table models, widgets, undo and the settings.

Nothing here imports a feature package or ``ui.app`` (tests/test_layers.py), so any
screen can use it without a cycle.
"""
