package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsdrift.table.Columns;
import org.newsdrift.table.RowBuilder;

/**
 * Scores articles with a Gibbs version's MALLET inferencer: the counts are broadcast once and every task builds its
 * own {@link ArticleInferencer} from them, so articles stay in the executors. Weights depend only on the article,
 * the counts and the model seed, never on the partitioning or the order of the articles.
 */
public final class InferencerScoreStep {
    private static final StructType WEIGHTS = new StructType()
            .add(Columns.ARTICLE_ID, DataTypes.StringType, false)
            .add(Columns.TOPIC_WEIGHTS, DataTypes.createArrayType(DataTypes.DoubleType, false), false)
            .add(TopicModelStep.N_TERMS, DataTypes.LongType, false)
            .add(TopicModelStep.N_KNOWN, DataTypes.LongType, false);

    private InferencerScoreStep() {}

    /**
     * Topic weights of each article, with the columns of {@link TopicModelStep#score}.
     *
     * @param docs article_id and terms
     * @param seed the model version's seed (each article's stream is seeded from it and the article id)
     */
    public static Dataset<Row> score(
            CountVectorizerModel vectorizer, InferencerCounts counts, long seed, Dataset<Row> docs) {
        if (!Arrays.equals(vectorizer.vocabulary(), counts.terms())) {
            throw new IllegalArgumentException("Cannot score with the inferencer: its " + counts.vocabulary()
                    + " terms are not the vectorizer's " + vectorizer.vocabulary().length + " terms in the same order");
        }
        Broadcast<InferencerCounts> model = JavaSparkContext.fromSparkContext(
                        docs.sparkSession().sparkContext())
                .broadcast(counts);
        Dataset<Row> input = vectorizer
                .transform(TopicModelStep.arrange(docs))
                .select(
                        col(Columns.ARTICLE_ID),
                        col(Columns.TERMS),
                        col(TopicModelStep.COUNTS),
                        size(col(Columns.TERMS)).cast("long").as(TopicModelStep.N_TERMS));
        MapPartitionsFunction<Row, Row> infer = rows -> {
            ArticleInferencer inferencer = new ArticleInferencer(model.value(), seed);
            Map<String, Integer> index = GibbsLdaStep.index(model.value().terms());
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row row = rows.next();
                    int[] words = GibbsLdaStep.tokens(row, index).words();
                    String id = row.getAs(Columns.ARTICLE_ID);
                    double[] weights = inferencer.weights(id, words);
                    return RowBuilder.of(WEIGHTS)
                            .set(Columns.ARTICLE_ID, id)
                            .set(Columns.TOPIC_WEIGHTS, weights)
                            .set(TopicModelStep.N_TERMS, row.<Long>getAs(TopicModelStep.N_TERMS))
                            .set(TopicModelStep.N_KNOWN, (long) words.length)
                            .build();
                }
            };
        };
        return TopicModelStep.withDominant(input.mapPartitions(infer, Encoders.row(WEIGHTS)));
    }
}
