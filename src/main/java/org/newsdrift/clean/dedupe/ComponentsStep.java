package org.newsdrift.clean.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.table.Columns;
import org.newsdrift.table.JobDescription;
import org.newsdrift.table.RowBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connected components of the verified near-duplicate pairs: each article labelled with the smallest article id of
 * its component, by a union-find on the driver or by label propagation in Spark.
 */
final class ComponentsStep {
    private static final Logger LOG = LoggerFactory.getLogger(ComponentsStep.class);
    /** The smallest article id of the article's component. */
    static final String LABEL = "label";

    private static final String SRC = "src";
    private static final String DST = "dst";
    private static final String PREVIOUS = "previous";
    private static final StructType LABELS = new StructType()
            .add(Columns.ARTICLE_ID, DataTypes.StringType, false)
            .add(LABEL, DataTypes.StringType, false);

    private ComponentsStep() {}

    /** The labels and the materialized round they are read from, released once the assignments are built. */
    record Components(Dataset<Row> labels, Dataset<Row> materialized, int rounds) {
        void release() {
            materialized.unpersist();
        }
    }

    /**
     * Union-find over the verified pairs ({@code a}, {@code b}), collected: each article of a pair is labelled with the
     * smallest id of its component, as label propagation would label it; zero rounds.
     */
    static Components onDriver(Dataset<Row> edges) {
        MinIdComponents components = new MinIdComponents();
        for (Row pair : edges.collectAsList()) {
            components.link(pair.getString(0), pair.getString(1));
        }
        List<Row> labels = new ArrayList<>();
        components
                .labels()
                .forEach((id, label) -> labels.add(RowBuilder.of(LABELS)
                        .set(Columns.ARTICLE_ID, id)
                        .set(LABEL, label)
                        .build()));
        Dataset<Row> frame = edges.sparkSession().createDataFrame(labels, LABELS);
        return new Components(frame, frame, 0);
    }

    /** Min-label propagation over the verified pairs: each article takes the smallest id among its neighbours. */
    static Components propagated(Dataset<Row> edges, int maxIterations) {
        Column a = col(NearDuplicateStep.PAIR_A);
        Column b = col(NearDuplicateStep.PAIR_B);
        Dataset<Row> links = edges.select(a.as(SRC), b.as(DST)).union(edges.select(b.as(SRC), a.as(DST)));
        Dataset<Row> labels = Materialized.of(links.select(col(SRC).as(Columns.ARTICLE_ID), col(SRC).as(LABEL))
                .distinct());
        Dataset<Row> held = labels;
        for (int round = 1; round <= maxIterations; round++) {
            try (JobDescription job =
                    JobDescription.of(edges.sparkSession(), "near-duplicates: label propagation round " + round)) {
                // An article keeps its own label as "previous", so one aggregation yields the new label and whether it
                // moved.
                Dataset<Row> offered = links.join(labels, links.col(SRC).equalTo(labels.col(Columns.ARTICLE_ID)))
                        .select(
                                col(DST).as(Columns.ARTICLE_ID),
                                col(LABEL),
                                lit(null).cast("string").as(PREVIOUS));
                Dataset<Row> next = labels.withColumn(PREVIOUS, col(LABEL))
                        .union(offered)
                        .groupBy(Columns.ARTICLE_ID)
                        .agg(min(LABEL).as(LABEL), max(PREVIOUS).as(PREVIOUS));
                next = Materialized.of(next);
                long changed = next.filter(col(LABEL).notEqual(col(PREVIOUS))).count();
                held.unpersist();
                held = next;
                labels = next.drop(PREVIOUS);
                if (changed == 0) {
                    return new Components(labels, held, round);
                }
            }
        }
        // Unfinished propagation only leaves a long copy chain split in parts; each part is still truly connected.
        LOG.warn("near-duplicates: labels still changing after {} rounds; raise max_iterations", maxIterations);
        return new Components(labels, held, maxIterations);
    }
}
