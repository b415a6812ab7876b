"""Only what pyproject.toml cannot say: ship the top-level ``resources/`` and
``translations/`` folders inside the package.

Both folders stay at the top of the repository (translators and designers work there),
but the code reads them with ``importlib.resources`` as ``twinning_desk.resources`` and
``twinning_desk.translations``, so they must be subpackages of the wheel. A
``package_dir`` mapping does that for the wheel, the sdist and editable installs alike;
the package list is computed so that a new subpackage needs no edit here. Everything
else (metadata, package data, scripts) lives in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

MAPPED = {
    "twinning_desk.resources": "resources",
    "twinning_desk.translations": "translations",
}


def packages() -> list[str]:
    """The code's packages, the mapped folders and their subfolders (fonts/, icons/…).

    Data subfolders are listed as (namespace) packages too, as setuptools asks, so that
    their files are package data rather than a deprecated special case.
    """
    found = find_namespace_packages(include=["twinning_desk", "twinning_desk.*"])
    for package, folder in MAPPED.items():
        found.append(package)
        found += [f"{package}.{sub}" for sub in find_namespace_packages(where=folder)]
    return found


setup(packages=packages(), package_dir=MAPPED)
