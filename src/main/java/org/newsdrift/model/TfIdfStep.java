package org.newsdrift.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsdrift.config.TfIdfConfig;
import org.newsdrift.table.Columns;
import org.newsdrift.table.JobDescription;
import org.newsdrift.table.RowBuilder;

/** Fits CountVectorizer and IDF on the canonical articles' terms, and lists each article's weights. */
public final class TfIdfStep {
    /** Intermediate columns: an article's term frequencies, their tf-idf vector, and one of its weights. */
    private static final String TF = "tf";

    private static final String TFIDF_VECTOR = "tfidf_vector";
    private static final String W = "w";
    private static final StructType WEIGHT = new StructType()
            .add(Columns.TERM, DataTypes.StringType, false)
            .add(Columns.TFIDF, DataTypes.DoubleType, false);

    private TfIdfStep() {}

    /** {@code articles}: article_id and terms (array of strings). */
    public static TfIdfResult run(Dataset<Row> articles, TfIdfConfig config) {
        // Weights and article terms are read later, by whoever writes them; the fits here are this step's own jobs.
        try (JobDescription job = JobDescription.of(articles.sparkSession(), "tfidf: fit vocabulary and idf")) {
            CountVectorizerModel counts = Vocabulary.fit(articles, config.minDf(), 1.0, config.vocabSize(), TF);
            if (counts == null) {
                // No term in tfidf.min_df articles (a first night with a handful of articles): no weights, not
                // a failure.
                StructType weightRows = new StructType()
                        .add(Columns.ARTICLE_ID, DataTypes.StringType)
                        .add(Columns.TERM, DataTypes.StringType)
                        .add(Columns.TFIDF, DataTypes.DoubleType);
                Dataset<Row> none = articles.sparkSession().createDataFrame(List.of(), weightRows);
                return new TfIdfResult(none, none.withColumn(Columns.RANK, lit(1)), 0, null);
            }
            // Persisted: fitting IDF and each reader of the weights (article_terms, both scopes of term_trends) would
            // otherwise count every article's terms again, and counting is most of the cost.
            Dataset<Row> tf = counts.transform(articles.select(Columns.ARTICLE_ID, Columns.TERMS))
                    .select(Columns.ARTICLE_ID, TF)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            IDFModel idf = new IDF().setInputCol(TF).setOutputCol(TFIDF_VECTOR).fit(tf);
            String[] vocabulary = counts.vocabulary();
            UDF1<Vector, Row[]> nonZero = vector -> {
                List<Row> out = new ArrayList<>();
                SparseVector sparse = vector.toSparse();
                int[] indices = sparse.indices();
                double[] values = sparse.values();
                for (int i = 0; i < indices.length; i++) {
                    if (values[i] > 0) {
                        out.add(RowBuilder.of(WEIGHT)
                                .set(Columns.TERM, vocabulary[indices[i]])
                                .set(Columns.TFIDF, values[i])
                                .build());
                    }
                }
                return out.toArray(new Row[0]);
            };
            Dataset<Row> weights = idf.transform(tf)
                    .select(
                            col(Columns.ARTICLE_ID),
                            explode(udf(nonZero, DataTypes.createArrayType(WEIGHT, false))
                                            .apply(col(TFIDF_VECTOR)))
                                    .as(W))
                    .select(
                            col(Columns.ARTICLE_ID),
                            col(W).getField(Columns.TERM).as(Columns.TERM),
                            col(W).getField(Columns.TFIDF).as(Columns.TFIDF));
            Dataset<Row> articleTerms = weights.withColumn(
                            Columns.RANK,
                            row_number()
                                    .over(Window.partitionBy(Columns.ARTICLE_ID)
                                            .orderBy(
                                                    col(Columns.TFIDF).desc(),
                                                    col(Columns.TERM).asc())))
                    .filter(col(Columns.RANK).leq(config.topTermsPerArticle()));
            return new TfIdfResult(weights, articleTerms, vocabulary.length, tf);
        }
    }
}
