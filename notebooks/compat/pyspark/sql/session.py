"""SparkSession: builder, read.parquet, sql and stop, on the JVM's real SparkSession."""

import os

from pyspark import _jvm
from pyspark._strict import Strict
from pyspark.sql.dataframe import DataFrame


class Builder(Strict):
    def __init__(self):
        self._options = {}

    def appName(self, name):
        self._options["spark.app.name"] = name
        return self

    def getOrCreate(self):
        builder = _jvm.jclass("org.apache.spark.sql.SparkSession").builder()
        options = dict(self._options)
        # A cluster's spark-defaults choose the master there; here it is this machine, as jobs/newsdrift does.
        options.setdefault("spark.master", os.environ.get("NEWSDRIFT_MASTER", "local[2]"))
        options.setdefault("spark.ui.enabled", "false")
        if options["spark.master"].startswith("local"):
            # As the job does locally: Spark's 200 shuffle partitions make hundreds of near-empty tasks.
            options.setdefault("spark.sql.shuffle.partitions", "4")
        for key, value in options.items():
            builder = builder.config(key, value)
        return SparkSession(builder.getOrCreate())


Builder.__name__ = "SparkSession.Builder"  # as errors name it


class DataFrameReader(Strict):
    def __init__(self, session):
        self._session = session

    @_jvm.java_errors
    def parquet(self, *paths):
        jreader = self._session._jss.read()
        return DataFrame(jreader.parquet(_jvm.string_array(paths)), self._session)


class SparkSession(Strict):
    class _BuilderProperty:
        def __get__(self, instance, owner):
            return Builder()

    builder = _BuilderProperty()

    def __init__(self, jss):
        self._jss = jss

    @property
    def read(self):
        return DataFrameReader(self)

    @_jvm.java_errors
    def sql(self, query):
        return DataFrame(self._jss.sql(query), self)

    def stop(self):
        self._jss.stop()
