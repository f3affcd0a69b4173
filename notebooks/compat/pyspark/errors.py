"""The one PySpark error the notebooks catch: a table or column that is not there."""


class AnalysisException(Exception):
    """Spark could not analyse a query, e.g. a path or column that does not exist (Java's AnalysisException)."""
