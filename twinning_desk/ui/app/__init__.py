"""The application's shell: the main window, its menus, and the windows that belong to
the whole application rather than to one tab (the commune wizard, the settings, restoring
a backup, the unexpected-error dialog). It sits above the feature packages it assembles.
"""
