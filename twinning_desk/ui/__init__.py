"""Qt widgets, arranged by feature. Widgets call services; nothing here writes SQL.

- ``partners/``, ``events/``, ``delegations/``, ``budget/``: one package per tab, with the
  tab, its dialogs and its table models, so a feature's screens are found in one place;
- ``common/``: what every feature shares (the record-dialog framework, table models,
  small helpers, widgets, undo, the declared settings); it imports no feature;
- ``app/``: the main window and what belongs to the whole application rather than to
  one tab (start-up wizard, settings, restore, the crash dialog); it imports the features.
"""
