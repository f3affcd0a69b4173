"""Column: a Python face on Spark's Java Column; operators call the same Java methods PySpark's do."""

from pyspark import _jvm
from pyspark._strict import Strict, unsupported


def to_java(value):
    """A Column, a column name or a literal as a Java Column (a str is a column name, as in PySpark)."""
    if isinstance(value, Column):
        return value._jc
    if isinstance(value, str):
        return _jvm.functions().col(value)
    raise NotImplementedError(
        f"pyspark compat: a {type(value).__name__} where a Column or column name is expected is not provided")


def java_columns(cols):
    """Columns or names, given one by one or as one list (both are PySpark's way), as a Java Column[]."""
    if len(cols) == 1 and isinstance(cols[0], (list, tuple)):
        cols = tuple(cols[0])
    return _jvm.column_array(to_java(c) for c in cols)


def _operand(value):
    return value._jc if isinstance(value, Column) else _jvm.literal(value)


class Column(Strict):
    def __init__(self, jc):
        self._jc = jc

    def __eq__(self, other):
        return Column(self._jc.equalTo(_operand(other)))

    def __ne__(self, other):
        return Column(self._jc.notEqual(_operand(other)))

    def __lt__(self, other):
        return Column(self._jc.lt(_operand(other)))

    def __le__(self, other):
        return Column(self._jc.leq(_operand(other)))

    def __gt__(self, other):
        return Column(self._jc.gt(_operand(other)))

    def __ge__(self, other):
        return Column(self._jc.geq(_operand(other)))

    def __and__(self, other):
        return Column(self._jc.and_(to_java(other)))  # JPype names Java's and() and_()

    def __or__(self, other):
        return Column(self._jc.or_(to_java(other)))

    def __invert__(self):
        return Column(_jvm.functions().not_(self._jc))

    def __bool__(self):
        raise ValueError("Cannot convert column into bool: use '&' for 'and', '|' for 'or', '~' for 'not' "
                         "when building DataFrame boolean expressions.")

    __hash__ = None

    def isin(self, *values):
        if len(values) == 1 and isinstance(values[0], (list, tuple, set)):
            values = tuple(values[0])
        return Column(self._jc.isin(_jvm.object_array(values)))

    def isNotNull(self):
        return Column(self._jc.isNotNull())

    def alias(self, name):
        return Column(self._jc.alias(name))

    def desc(self):
        return Column(self._jc.desc())

    def over(self, window):
        return Column(self._jc.over(window._jspec))

    def __repr__(self):
        return f"Column<'{self._jc.toString()}'>"


def _refuse(operator):
    def method(self, *args):
        raise unsupported(f"the Column operator {operator}")
    return method


for _name in ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
              "__mod__", "__pow__", "__neg__", "__getitem__", "__contains__", "__iter__"):
    setattr(Column, _name, _refuse(_name))
