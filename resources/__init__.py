"""Fonts, icons and images, shipped as the ``twinning_desk.resources`` package data.

This folder stays at the top of the repository; setup.py maps it into the package so
that :func:`twinning_desk.paths.resource_path` finds it through ``importlib.resources``
in a checkout, an installed wheel and a frozen bundle alike.
"""
