"""lagebild on Apache Spark: the same pipeline over archives too big for one machine.

`job.run_job` reads JSON Lines, Parquet or WARC inputs, analyses them per partition and writes one
Parquet dataset per database table; `load.load_tables` (no Spark needed) puts them into a database.
This package imports PySpark only in the modules that run on Spark.
"""
