"""The pyspark.sql.functions the notebooks use, each the Java function of the same name."""

from pyspark import _jvm
from pyspark._strict import module_getattr
from pyspark.sql.column import Column, to_java


def col(name):
    return Column(_jvm.functions().col(name))


def max(column):  # noqa: A001 - PySpark's name
    return Column(_jvm.functions().max(to_java(column)))


def min(column):  # noqa: A001
    return Column(_jvm.functions().min(to_java(column)))


def count(column):
    return Column(_jvm.functions().count(to_java(column)))


def countDistinct(column, *columns):
    return Column(_jvm.functions().countDistinct(to_java(column), _jvm.column_array(to_java(c) for c in columns)))


def explode(column):
    return Column(_jvm.functions().explode(to_java(column)))


def row_number():
    return Column(_jvm.functions().row_number())


__getattr__ = module_getattr("pyspark.sql.functions")
