"""pyspark.sql as far as newsdrift's notebooks use it; see the package docstring of pyspark."""

from pyspark._strict import module_getattr
from pyspark.sql import functions
from pyspark.sql.column import Column
from pyspark.sql.dataframe import DataFrame, GroupedData
from pyspark.sql.session import SparkSession
from pyspark.sql.window import Window, WindowSpec

__all__ = ["Column", "DataFrame", "GroupedData", "SparkSession", "Window", "WindowSpec", "functions"]

__getattr__ = module_getattr("pyspark.sql")
