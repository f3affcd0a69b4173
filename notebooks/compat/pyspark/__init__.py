"""A stand-in for PySpark, for newsdrift's notebook runner only.

This is NOT PySpark. On a cluster the notebooks use the real ``pyspark``; on CI machines PySpark cannot be
installed, so ``notebooks/run-all`` puts this folder first on ``sys.path``. It serves exactly the PySpark calls the
notebooks make, each by calling the same method of the JVM's real Spark SQL (started in-process through JPype with
the Spark jars the job itself runs on), and raises ``NotImplementedError`` naming any other call, so a notebook never
passes here by doing something PySpark would do differently.
"""

__version__ = "newsdrift-compat"
