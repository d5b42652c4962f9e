"""Puts the top-level ``resources/`` folder into the wheel as ``nursingqc/resources``.

The checkout keeps ``resources/`` at the top, where translators, checklist authors and Qt
Designer find it; an installed program (a wheel, the Windows build) has no checkout beside it,
so the build copies the folder into the package, where ``nursingqc.paths.resources_dir`` looks
first. The Qt Linguist sources (``*.ts``) stay behind: the program reads only the compiled ``.qm``.
An editable install reads the checkout's folder and gets no copy.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).parent / "resources"


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        if not (RESOURCES / "checklists").is_dir():
            raise SystemExit(f"{RESOURCES} has no checklists: the program would not start")
        target = Path(self.build_lib) / "nursingqc" / "resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("*.ts"))


setup(cmdclass={"build_py": BuildWithResources})
