package org.newsdrift.model;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.newsdrift.table.Columns;

/**
 * Builds a CountVectorizer vocabulary deterministically: terms ordered by document frequency, then
 * alphabetically. Spark's own CountVectorizer breaks ties in whatever order tasks finish, so the same corpus could
 * give another vocabulary order, another LDA and other topics from one run to the next.
 */
final class Vocabulary {
    /** Intermediate column: in how many articles a term occurs. */
    private static final String DF = "df";

    private Vocabulary() {}

    /**
     * @param docs rows with a {@code terms} array column
     * @param maxDfShare terms in more than this share of documents are dropped (1 keeps all)
     * @return the vectorizer, or null when no term passes the pruning (a vectorizer cannot be empty)
     */
    static CountVectorizerModel fit(Dataset<Row> docs, int minDf, double maxDfShare, int vocabSize, String outputCol) {
        long documents = docs.count();
        long maxDf = maxDfShare >= 1 ? Long.MAX_VALUE : (long) Math.floor(maxDfShare * documents);
        // Only the vocabulary (at most vocabSize terms) reaches the driver.
        String[] vocabulary = docs.select(
                        explode(array_distinct(col(Columns.TERMS))).as(Columns.TERM))
                .groupBy(Columns.TERM)
                .agg(count(lit(1)).as(DF))
                .filter(col(DF).geq(minDf).and(col(DF).leq(maxDf)))
                .orderBy(col(DF).desc(), col(Columns.TERM).asc())
                .limit(vocabSize)
                .select(Columns.TERM)
                .as(Encoders.STRING())
                .collectAsList()
                .toArray(new String[0]);
        if (vocabulary.length == 0) {
            return null;
        }
        return new CountVectorizerModel(vocabulary).setInputCol(Columns.TERMS).setOutputCol(outputCol);
    }
}
