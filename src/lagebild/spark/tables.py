"""The Parquet datasets of a Spark run: one per database record table, same columns and types, plus
`errors` (origin, message) for the items that could not be analysed."""

from __future__ import annotations

from pyspark.sql.types import (
    DataType,
    DoubleType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)
from sqlalchemy import Float, Integer

from lagebild.store import schema

# where each row sits in the input order; kept while the job runs, dropped before writing
ORDER_COLUMNS = ("_file", "_pos")
ERRORS = "errors"
ERROR_COLUMNS = ("origin", "message")
TABLES = {table.name: tuple(column.name for column in table.columns) for table in schema.RECORD_TABLES}


def _spark_type(column) -> DataType:
    if isinstance(column.type, Integer):
        return IntegerType()
    if isinstance(column.type, Float):
        return DoubleType()
    return StringType()


def spark_schema(table_name: str) -> StructType:
    if table_name == ERRORS:
        return StructType([StructField(name, StringType()) for name in ERROR_COLUMNS])
    table = schema.metadata.tables[table_name]
    fields = [StructField(c.name, _spark_type(c), nullable=bool(c.nullable)) for c in table.columns]
    return StructType([*fields, *(StructField(name, LongType(), False) for name in ORDER_COLUMNS)])


def row_values(table_name: str, row: dict, order: tuple[int, int]) -> tuple:
    """A record row as a tuple in the table's column order, floats as floats (Spark checks types)."""
    table = schema.metadata.tables[table_name]
    values = []
    for column in table.columns:
        value = row.get(column.name)
        if value is not None and isinstance(column.type, Float):
            value = float(value)
        values.append(value)
    return (*values, *order)
