"""pyspark.sql.Window: partitionBy and orderBy, as Java's Window."""

from pyspark import _jvm
from pyspark._strict import Strict
from pyspark.sql.column import java_columns as _columns


class WindowSpec(Strict):
    def __init__(self, jspec):
        self._jspec = jspec

    def partitionBy(self, *cols):
        return WindowSpec(self._jspec.partitionBy(_columns(cols)))

    def orderBy(self, *cols):
        return WindowSpec(self._jspec.orderBy(_columns(cols)))


class Window(Strict):
    @staticmethod
    def partitionBy(*cols):
        return WindowSpec(_jvm.jclass("org.apache.spark.sql.expressions.Window").partitionBy(_columns(cols)))
