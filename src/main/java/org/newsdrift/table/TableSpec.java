package org.newsdrift.table;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** One output table: its columns with types and descriptions, and the columns it is partitioned by. */
public record TableSpec(String name, String description, List<String> partitionedBy, List<Column> columns) {

    public TableSpec {
        partitionedBy = List.copyOf(partitionedBy);
        columns = List.copyOf(columns);
    }

    /** A column; {@code type} is Spark SQL DDL, e.g. {@code array<string>}. */
    public record Column(String name, String type, String description) {}

    /** The Spark schema, each field carrying its description as a comment. */
    public StructType schema() {
        StructType schema = new StructType();
        for (Column column : columns) {
            schema = schema.add(new StructField(
                            column.name(),
                            DataType.fromDDL(column.type()),
                            true,
                            org.apache.spark.sql.types.Metadata.empty())
                    .withComment(column.description()));
        }
        return schema;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
