package org.newsdrift.bench;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a Spark user would write first: RegexTokenizer (lower case, runs of letters), StopWordsRemover (Spark's
 * English list), CountVectorizer and LDA with Spark's defaults (online, 20 iterations, subsampling 0.05).
 */
final class NaivePipeline {
    /** Spark's CountVectorizer keeps 2^18 terms by default; this is newsdrift's own cap. */
    static final int VOCAB_SIZE = 5000;

    private NaivePipeline() {}

    /** The raw text the pipeline reads: title and body, as stored in the articles table. */
    static Dataset<Row> withRaw(Dataset<Row> docs) {
        return docs.withColumn("raw", concat_ws("\n", coalesce(col("title"), lit("")), coalesce(col("text"), lit(""))));
    }

    /**
     * Fits the pipeline on {@code training} (which has a {@code raw} column).
     *
     * @return the fitted pipeline and each topic's top raw words
     */
    static Fitted fit(Dataset<Row> training, int k, long seed, int topWords) {
        RegexTokenizer tokenizer = new RegexTokenizer()
                .setInputCol("raw")
                .setOutputCol("words")
                .setPattern("\\p{L}+")
                .setGaps(false)
                .setToLowercase(true);
        StopWordsRemover stopWords = new StopWordsRemover().setInputCol("words").setOutputCol("tokens");
        CountVectorizer vectorizer = new CountVectorizer()
                .setInputCol("tokens")
                .setOutputCol("features")
                .setVocabSize(VOCAB_SIZE);
        LDA lda = new LDA().setK(k).setSeed(seed).setFeaturesCol("features");
        PipelineModel model = new Pipeline()
                .setStages(new PipelineStage[] {tokenizer, stopWords, vectorizer, lda})
                .fit(training);
        String[] vocabulary = ((CountVectorizerModel) model.stages()[2]).vocabulary();
        List<List<String>> topTerms = new ArrayList<>();
        for (Row topic : ((LDAModel) model.stages()[3])
                .describeTopics(topWords)
                .orderBy("topic")
                .collectAsList()) {
            List<String> terms = new ArrayList<>();
            for (Object index : topic.getList(topic.fieldIndex("termIndices"))) {
                terms.add(vocabulary[(Integer) index]);
            }
            topTerms.add(terms);
        }
        return new Fitted(model, topTerms);
    }

    /** The pipeline's own token stream of {@code docs}, as a {@code terms} column for {@link Coherence}. */
    static Dataset<Row> tokens(PipelineModel model, Dataset<Row> docs) {
        Dataset<Row> words = model.stages()[0].transform(docs);
        return model.stages()[1].transform(words).select(col("tokens").as("terms"));
    }

    record Fitted(PipelineModel model, List<List<String>> topTerms) {}
}
