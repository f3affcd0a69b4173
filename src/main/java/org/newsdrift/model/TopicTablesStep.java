package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RowBuilder;
import org.newsdrift.table.Tables;

/**
 * Writes what a topic model update produced: a version's topics and lineage, the candidates of a k sweep, and the
 * topic weights of the articles scored with a version.
 */
final class TopicTablesStep {
    private final UpdateContext context;

    TopicTablesStep(UpdateContext context) {
        this.context = context;
    }

    /** Writes a version's topics, and its lineage unless {@code events} is empty (the same version again). */
    void topics(ModelMetadata metadata, TopicFit fit, List<TopicAligner.Event> events) {
        StructType schema = Tables.spec(Tables.TOPICS).schema();
        StructType termSchema =
                (StructType) ((ArrayType) schema.apply(Columns.TERMS).dataType()).elementType();
        List<Row> topics = new ArrayList<>();
        for (int i = 0; i < fit.k(); i++) {
            List<Row> terms = new ArrayList<>();
            List<String> top = fit.topTerms().get(i);
            for (int t = 0; t < Math.min(context.lda().topTerms(), top.size()); t++) {
                terms.add(RowBuilder.of(termSchema)
                        .set(Columns.TERM, top.get(t))
                        .set(Columns.WEIGHT, fit.topTermWeights().get(i).get(t))
                        .build());
            }
            TopicQuality quality = fit.quality().get(i);
            topics.add(RowBuilder.of(schema)
                    .set(Columns.MODEL_VERSION, metadata.version())
                    .set(Columns.TOPIC_ID, metadata.topicIds().get(i))
                    .set(Columns.TOPIC_INDEX, i)
                    .set(Columns.LABEL, metadata.labels().get(i))
                    .set(Columns.TERMS, terms)
                    .set(Columns.NPMI, quality.npmi())
                    .set(Columns.UMASS, quality.umass())
                    .set(Columns.MODEL_NPMI, fit.meanNpmi())
                    .set(Columns.DIVERSITY, fit.diversity())
                    .set(Columns.PERPLEXITY, nanToNull(fit.perplexity()))
                    .set(Columns.TRAINING_DOCUMENTS, fit.trainingDocuments())
                    .set(Columns.FITTED_ON, Date.valueOf(metadata.runDate()))
                    .build());
        }
        context.tables()
                .replacePartition(
                        Tables.TOPICS,
                        Columns.MODEL_VERSION,
                        metadata.version(),
                        context.spark().createDataFrame(topics, schema));
        if (events.isEmpty()) {
            return;
        }
        List<Row> lineage = new ArrayList<>();
        for (TopicAligner.Event e : events) {
            lineage.add(RowBuilder.of(Tables.TOPIC_LINEAGE)
                    .set(Columns.MODEL_VERSION, metadata.version())
                    .set(Columns.TOPIC_ID, e.topicId())
                    .set(Columns.PARENT_VERSION, metadata.parent())
                    .set(Columns.MATCHED_FROM, e.matchedFrom())
                    .set(Columns.DISTANCE, e.distance())
                    .set(Columns.EVENT, e.event())
                    .build());
        }
        context.tables()
                .replacePartition(
                        Tables.TOPIC_LINEAGE,
                        Columns.MODEL_VERSION,
                        metadata.version(),
                        context.spark()
                                .createDataFrame(
                                        lineage,
                                        Tables.spec(Tables.TOPIC_LINEAGE).schema()));
    }

    /** Writes tonight's partition of model_selection: every fit of a k sweep, with stability of its k. */
    void modelSelection(List<TopicFit> fits, Map<Integer, Double> stability, SweepChoice.Candidate chosen) {
        List<Row> rows = new ArrayList<>();
        for (TopicFit fit : fits) {
            rows.add(RowBuilder.of(Tables.MODEL_SELECTION)
                    .set(Columns.RUN_ID, context.runId())
                    .set(Columns.K, fit.k())
                    .set(Columns.SEED, fit.seed())
                    .set(Columns.MEAN_NPMI, fit.meanNpmi())
                    .set(Columns.MEAN_UMASS, fit.meanUmass())
                    .set(Columns.PERPLEXITY, nanToNull(fit.perplexity()))
                    .set(Columns.DIVERSITY, fit.diversity())
                    .set(Columns.STABILITY, stability.get(fit.k()))
                    .set(Columns.TRAINING_DOCUMENTS, fit.trainingDocuments())
                    .set(Columns.CHOSEN, fit.k() == chosen.k() && fit.seed() == chosen.seed())
                    .set(Columns.RUN_DATE, Date.valueOf(context.runDate()))
                    .build());
        }
        context.tables()
                .replacePartition(
                        Tables.MODEL_SELECTION,
                        Columns.RUN_DATE,
                        context.runDate(),
                        context.spark()
                                .createDataFrame(
                                        rows,
                                        Tables.spec(Tables.MODEL_SELECTION).schema()));
    }

    /** Scores the articles with a version, writes their doc_topics partition and returns it as written. */
    Dataset<Row> docTopics(ModelStore.Saved model, Dataset<Row> docs) {
        String version = model.metadata().version();
        int[] ids = model.metadata().topicIdArray();
        Dataset<Row> scored = TopicModelStep.score(model, docs)
                .select(
                        col(Columns.ARTICLE_ID),
                        lit(version).as(Columns.MODEL_VERSION),
                        col(Columns.TOPIC_WEIGHTS),
                        TopicModelStep.topicIdOf(col(TopicModelStep.DOMINANT_INDEX), ids)
                                .as(Columns.DOMINANT_TOPIC),
                        col(Columns.DOMINANT_WEIGHT));
        context.tables().replacePartition(Tables.DOC_TOPICS, Columns.MODEL_VERSION, version, scored);
        return context.tables()
                .read(context.spark(), Tables.DOC_TOPICS)
                .filter(col(Columns.MODEL_VERSION).equalTo(version));
    }

    static Double nanToNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
