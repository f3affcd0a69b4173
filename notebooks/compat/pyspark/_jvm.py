"""Starts the JVM with the job's Spark jars (JPype) and converts values and errors between Python and Java."""

import datetime
import functools
import glob
import os
import re

_REPO = os.environ.get("NEWSDRIFT_REPO") or os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
_jpype = None


def jpype():
    """The jpype module with the JVM started: Spark's class path from target/, the flags Spark's launcher adds."""
    global _jpype
    if _jpype is not None:
        return _jpype
    import jpype as jp
    classpath_file = os.path.join(_REPO, "target", "spark-classpath.txt")
    jars = glob.glob(os.path.join(_REPO, "target", "newsdrift-*-job.jar"))
    if not os.path.exists(classpath_file) or not jars:
        raise RuntimeError("Cannot start Spark for the notebooks: the job jar or target/spark-classpath.txt is "
                           f"missing under {_REPO}; run jobs/newsdrift nightly (it builds them) first")
    with open(os.path.join(_REPO, "pom.xml"), encoding="utf-8") as pom:
        flags = re.search(r"<spark.jvm.flags>(.*)</spark.jvm.flags>", pom.read()).group(1).split()
    with open(classpath_file, encoding="utf-8") as f:
        spark_jars = f.read().strip().split(os.pathsep)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    log_config = os.path.join(os.path.dirname(os.path.dirname(__file__)), "log4j2.properties")
    # Debian's JPype 1.4.1 finds its own support classes only when its jar comes first.
    classpath = ["/usr/share/java/org.jpype.jar"] + spark_jars + jars[:1]
    jp.startJVM(*flags, "-Xmx" + os.environ.get("NEWSDRIFT_DRIVER_MEMORY", "2g"),
                "-Dlog4j2.configurationFile=" + log_config, classpath=classpath, convertStrings=False)
    _jpype = jp
    return jp


def jclass(name):
    return jpype().JClass(name)


def functions():
    return jclass("org.apache.spark.sql.functions")


def literal(value):
    """A Python value as the Java object Spark's lit() takes."""
    jp = jpype()
    if isinstance(value, bool):
        return jp.JBoolean(value)
    if isinstance(value, int):
        return jp.JLong(value)
    if isinstance(value, float):
        return jp.JDouble(value)
    if isinstance(value, str):
        return jp.JString(value)
    if isinstance(value, datetime.datetime):
        raise NotImplementedError("pyspark compat: datetime literals are not provided")
    if isinstance(value, datetime.date):
        return jclass("java.sql.Date").valueOf(value.isoformat())
    raise NotImplementedError(f"pyspark compat: a literal of type {type(value).__name__} is not provided")


def string_array(values):
    return jpype().JArray(jpype().JString)([str(v) for v in values])


def object_array(values):
    return jpype().JArray(jpype().JObject)([literal(v) for v in values])


def column_array(columns):
    return jpype().JArray(jclass("org.apache.spark.sql.Column"))(list(columns))


def java_errors(method):
    """Java's AnalysisException (a missing path, table or column) becomes pyspark.errors.AnalysisException."""
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except Exception as e:  # JPype's Java exceptions are Python exceptions of the Java class
            analysis = jclass("org.apache.spark.sql.AnalysisException")
            if isinstance(e, analysis):
                from pyspark.errors import AnalysisException
                raise AnalysisException(str(e.getMessage())) from None
            raise
    return wrapper
