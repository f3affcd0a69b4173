"""Makes every call the compat module does not serve fail loudly, naming it."""


def unsupported(what):
    return NotImplementedError(
        f"pyspark compat: {what} is not provided. This stand-in serves only the PySpark calls newsdrift's notebooks "
        "use (notebooks/compat); add the call there, backed by the JVM's Spark, or use real PySpark.")


class StrictType(type):
    """The same for attributes of the classes themselves (SparkSession.getActiveSession, Window.rowsBetween)."""

    def __getattr__(cls, name):
        if name.startswith("_"):
            raise AttributeError(name)
        raise unsupported(f"{cls.__name__}.{name}")


class Strict(metaclass=StrictType):
    """Unknown public attributes raise NotImplementedError; private ones stay AttributeError (Python protocols,
    IPython's display hooks)."""

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        raise unsupported(f"{type(self).__name__}.{name}")


def module_getattr(module):
    def __getattr__(name):
        if name.startswith("_"):
            raise AttributeError(name)
        raise unsupported(f"{module}.{name}")
    return __getattr__
