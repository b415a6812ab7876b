"""Compiled catalogues (``*.qm``), shipped as the ``twinning_desk.translations`` package.

This folder stays at the top of the repository next to its ``.ts`` sources; setup.py
maps it into the package so that :func:`twinning_desk.paths.translations_dir` finds the
``.qm`` files through ``importlib.resources`` wherever the app runs from.
"""
