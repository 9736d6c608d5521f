"""The job for `spark-submit`: `spark-submit "$(python -m lagebild.spark --path)" INPUT... --out DIR`,
or `python -m lagebild.spark INPUT... --out DIR` where no cluster is needed."""

import sys
from pathlib import Path

if __name__ == "__main__":
    if sys.argv[1:] == ["--path"]:
        print(Path(__file__).resolve())  # spark-submit takes a file, not a module
    else:
        from lagebild.cli.spark import spark_command

        spark_command(prog_name="lagebild spark")
