package org.newsdrift.clean.dedupe;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsdrift.table.Columns;

/**
 * What {@link CrossNightMerge} found: every night's article rows after tonight's merge, and the nights whose
 * partitions they change. Tonight's rows are not scored for relevance yet.
 *
 * @param articles every night's article rows, persisted until {@link #close()}; empty in {@link #EMPTY}
 * @param nights the run dates whose partitions change: tonight first, then {@code changedNights}
 * @param changedNights the earlier nights among them, in date order
 * @param verifiedPairs near-duplicate pairs whose shingle similarity reached the threshold
 */
public record CrossNightMergeResult(
        Optional<Dataset<Row>> articles, List<Object> nights, List<Object> changedNights, long verifiedPairs)
        implements AutoCloseable {

    /** Nothing merged: no rows, no night changed. */
    public static final CrossNightMergeResult EMPTY =
            new CrossNightMergeResult(Optional.empty(), List.of(), List.of(), 0);

    public CrossNightMergeResult {
        nights = List.copyOf(nights);
        changedNights = List.copyOf(changedNights);
    }

    /** The rows of the nights whose partitions change (none for {@link #EMPTY}), to replace those partitions with. */
    public Optional<Dataset<Row>> rowsToWrite() {
        return articles.map(rows -> rows.filter(col(Columns.RUN_DATE).isin(nights.toArray())));
    }

    @Override
    public void close() {
        articles.ifPresent(Dataset::unpersist);
    }
}
