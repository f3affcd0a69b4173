package org.newsdrift.table;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Builds a row of a schema by column name, never by position: reordering a table's columns in {@code tables.json}
 * cannot misalign a row. Every column must be set, null included, so a column added to a table cannot be forgotten
 * silently.
 */
public final class RowBuilder {
    private final StructType schema;
    private final Object[] values;
    private final boolean[] set;

    private RowBuilder(StructType schema) {
        this.schema = schema;
        this.values = new Object[schema.size()];
        this.set = new boolean[schema.size()];
    }

    public static RowBuilder of(StructType schema) {
        return new RowBuilder(schema);
    }

    /** A row of an output table. */
    public static RowBuilder of(String table) {
        return new RowBuilder(Tables.spec(table).schema());
    }

    public RowBuilder set(String column, Object value) {
        if (!List.of(schema.fieldNames()).contains(column)) {
            throw new IllegalArgumentException(
                    "Cannot set column '" + column + "': the schema has only " + List.of(schema.fieldNames()));
        }
        int index = schema.fieldIndex(column);
        values[index] = value;
        set[index] = true;
        return this;
    }

    public Row build() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < set.length; i++) {
            if (!set[i]) {
                missing.add(schema.fields()[i].name());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Cannot build a row: no value set for " + missing);
        }
        return RowFactory.create(values.clone());
    }
}
