package org.newsdrift.job;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.model.ModelStore;
import org.newsdrift.model.TopicModelUpdate;
import org.newsdrift.table.Columns;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;
import org.newsdrift.trends.TopicExamplesStep;
import org.newsdrift.trends.TopicTrendsStep;

/**
 * The topic model's update as the job runs it, and its tables, which readers find even before the first model: empty
 * until one is fitted. The articles the update scores also make {@code topic_examples} and {@code topic_trends},
 * written here because {@code trends} reads {@code model}'s output.
 */
final class TopicTables {
    private static final List<String> ALWAYS_PRESENT = List.of(
            Tables.TOPICS, Tables.DOC_TOPICS, Tables.TOPIC_LINEAGE, Tables.TOPIC_EXAMPLES, Tables.MODEL_SELECTION);

    private TopicTables() {}

    /** Creates every topic table that does not exist yet, without rows. */
    static void ensureExist(SparkSession spark, TableWriter tables) {
        for (String table : ALWAYS_PRESENT) {
            tables.createIfMissing(spark, table);
        }
    }

    /** The topic model update of a run over the canonical articles. */
    static TopicModelUpdate update(
            SparkSession spark, RunContext run, TableWriter tables, Dataset<Row> corpus, Dataset<Row> texts) {
        return new TopicModelUpdate(spark, run.config(), tables, new ModelStore(spark, run.output()))
                .run(run.runId(), run.runDate(), run.analyzerHash())
                .articles(corpus, texts)
                .onScored((version, docTopics, ids) -> {
                    tables.replacePartition(
                            Tables.TOPIC_EXAMPLES,
                            Columns.MODEL_VERSION,
                            version,
                            TopicExamplesStep.run(docTopics, corpus, ids));
                    tables.replaceAll(
                            Tables.TOPIC_TRENDS,
                            TopicTrendsStep.run(
                                    corpus, docTopics, ids, run.config().job().granularities()));
                });
    }
}
