package org.newsdrift.table;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Checks at a step's start that its input has the columns the step reads, so a wrong input fails with the missing
 * column named instead of deep inside a query plan.
 */
public final class RequiredColumns {
    private RequiredColumns() {}

    /**
     * @param step what the step does, completing "Cannot ..." (e.g. "clean records")
     * @throws IllegalArgumentException naming the first of {@code columns} that {@code rows} lacks
     */
    public static void check(Dataset<Row> rows, String step, String... columns) {
        check(List.of(rows.columns()), step, columns);
    }

    /** As {@link #check(Dataset, String, String...)}, on the input's column names. */
    public static void check(List<String> present, String step, String... columns) {
        for (String column : columns) {
            if (!present.contains(column)) {
                throw new IllegalArgumentException(
                        "Cannot " + step + ": input lacks column '" + column + "' (has " + present + ")");
            }
        }
    }
}
