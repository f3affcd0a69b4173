"""DataFrame and GroupedData: each method calls the Java Dataset method of the same name."""

import datetime
import json

from pyspark import _jvm
from pyspark._strict import Strict, unsupported
from pyspark.sql.column import Column, java_columns as _columns, to_java

_INTEGRAL = {"long": "int64", "integer": "int32", "short": "int16", "byte": "int8"}


class DataFrame(Strict):
    def __init__(self, jdf, session):
        self._jdf = jdf
        self.sparkSession = session

    @property
    def columns(self):
        return [str(name) for name in self._jdf.columns()]

    @_jvm.java_errors
    def filter(self, condition):
        if not isinstance(condition, Column):
            raise unsupported("DataFrame.filter with a SQL string; pass a Column")
        return DataFrame(self._jdf.filter(condition._jc), self.sparkSession)

    @_jvm.java_errors
    def select(self, *cols):
        return DataFrame(self._jdf.select(_columns(cols)), self.sparkSession)

    @_jvm.java_errors
    def withColumn(self, name, column):
        return DataFrame(self._jdf.withColumn(name, to_java(column)), self.sparkSession)

    @_jvm.java_errors
    def groupBy(self, *cols):
        return GroupedData(self._jdf.groupBy(_columns(cols)), self.sparkSession)

    @_jvm.java_errors
    def orderBy(self, *cols, **kwargs):
        if kwargs:
            raise unsupported(f"DataFrame.orderBy with {', '.join(kwargs)}=; use Column.desc()")
        return DataFrame(self._jdf.orderBy(_columns(cols)), self.sparkSession)

    @_jvm.java_errors
    def join(self, other, on, how="inner"):
        names = [on] if isinstance(on, str) else list(on)
        if not all(isinstance(n, str) for n in names):
            raise unsupported("DataFrame.join on Column conditions; join on column names")
        return DataFrame(self._jdf.join(other._jdf, _jvm.string_array(names), how), self.sparkSession)

    def distinct(self):
        return DataFrame(self._jdf.distinct(), self.sparkSession)

    def limit(self, n):
        return DataFrame(self._jdf.limit(int(n)), self.sparkSession)

    @_jvm.java_errors
    def count(self):
        return int(self._jdf.count())

    def createOrReplaceTempView(self, name):
        self._jdf.createOrReplaceTempView(name)

    @_jvm.java_errors
    def toPandas(self):
        """Collects the rows (as JSON, one line a row) into pandas with PySpark's types for flat columns."""
        import pandas as pd
        fields = [(str(f.name()), f.dataType()) for f in self._jdf.schema().fields()]
        lines = str(_jvm.jclass("java.lang.String").join("\n", self._jdf.toJSON().collectAsList()))
        rows = [json.loads(line) for line in lines.split("\n")] if lines else []
        # toJSON leaves out null fields, so a missing key is a null.
        data = {name: _series([row.get(name) for row in rows], dtype, name) for name, dtype in fields}
        return pd.DataFrame(data, columns=[name for name, _ in fields])

    def __repr__(self):
        return "DataFrame[" + ", ".join(f"{n}: {t.simpleString()}" for n, t in
                                        ((f.name(), f.dataType()) for f in self._jdf.schema().fields())) + "]"


def _series(values, dtype, name):
    import pandas as pd
    kind = str(dtype.typeName())
    has_null = any(v is None for v in values)
    if kind in _INTEGRAL:
        return pd.Series(values, dtype="float64" if has_null else _INTEGRAL[kind])
    if kind in ("double", "float"):
        return pd.Series([None if v is None else float(v) for v in values], dtype="float64")
    if kind == "boolean":
        return pd.Series(values, dtype="object" if has_null else "bool")
    if kind == "string":
        return pd.Series(values, dtype="object")
    if kind == "date":
        return pd.Series([None if v is None else datetime.date.fromisoformat(v) for v in values], dtype="object")
    if kind == "timestamp":
        zone = str(_jvm.jclass("org.apache.spark.sql.SparkSession").active().conf().get("spark.sql.session.timeZone"))
        stamps = pd.to_datetime(pd.Series(values, dtype="object"), utc=True)
        return stamps.dt.tz_convert(zone).dt.tz_localize(None)
    if kind == "array" and str(dtype.elementType().typeName()) in ("string", "double", "long", "integer", "boolean"):
        return pd.Series(values, dtype="object")
    raise unsupported(f"DataFrame.toPandas of column {name} ({dtype.simpleString()})")


class GroupedData(Strict):
    def __init__(self, jgd, session):
        self._jgd = jgd
        self._session = session

    @_jvm.java_errors
    def agg(self, *exprs):
        if len(exprs) == 1 and isinstance(exprs[0], dict):
            raise unsupported("GroupedData.agg with a dict; pass Column expressions")
        jcols = [to_java(e) for e in exprs]
        return DataFrame(self._jgd.agg(jcols[0], _jvm.column_array(jcols[1:])), self._session)
