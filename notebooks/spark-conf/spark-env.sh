# Sourced by Spark's launcher scripts (bin/spark-class) before they start the notebooks' Spark JVM, when
# SPARK_CONF_DIR is this folder, as notebooks/run-all sets it.

# Bind to loopback, as jobs/newsdrift does, rather than warn that the host name resolves to a loopback address.
SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}

# Spark's launcher always starts the JVM with --add-modules=jdk.incubator.vector (MLlib's linear algebra uses it),
# and the JVM then prints "WARNING: Using incubator modules: jdk.incubator.vector" as it starts; no option turns
# that off. The kernel shows the JVM's stderr in the cell that started Spark, so that one line is dropped here; every
# other line the JVM writes (Spark's own warnings and errors) still goes through.
exec 2> >(grep --line-buffered -v '^WARNING: Using incubator modules: jdk\.incubator\.vector$' >&2)
