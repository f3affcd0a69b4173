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
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsdrift.config.TfIdfConfig;

/** Fits CountVectorizer and IDF on the canonical articles' terms, and lists each article's weights. */
public final class TfIdfStep {
  private static final StructType WEIGHT = new StructType()
      .add("term", DataTypes.StringType, false)
      .add("tfidf", DataTypes.DoubleType, false);

  private TfIdfStep() {}

  /** {@code articles}: article_id and terms (array of strings). */
  public static TfIdfResult run(Dataset<Row> articles, TfIdfConfig config) {
    articles.sparkSession().sparkContext().setJobDescription("tfidf: fit vocabulary and idf");
    CountVectorizerModel counts = Vocabulary.fit(articles, config.minDf(), 1.0, config.vocabSize(), "tf");
    if (counts == null) {
      // No term in tfidf.min_df articles (a first night with a handful of articles): no weights, not a failure.
      StructType weightRows = new StructType().add("article_id", DataTypes.StringType)
          .add("term", DataTypes.StringType).add("tfidf", DataTypes.DoubleType);
      Dataset<Row> none = articles.sparkSession().createDataFrame(List.of(), weightRows);
      return new TfIdfResult(none, none.withColumn("rank", lit(1)), 0, null);
    }
    // Persisted: fitting IDF and each reader of the weights (article_terms, both scopes of term_trends) would
    // otherwise count every article's terms again, and counting is most of the cost.
    Dataset<Row> tf = counts.transform(articles.select("article_id", "terms")).select("article_id", "tf")
        .persist(StorageLevel.MEMORY_AND_DISK());
    IDFModel idf = new IDF().setInputCol("tf").setOutputCol("tfidf_vector").fit(tf);
    String[] vocabulary = counts.vocabulary();
    UDF1<Vector, Row[]> nonZero = vector -> {
      List<Row> out = new ArrayList<>();
      SparseVector sparse = vector.toSparse();
      int[] indices = sparse.indices();
      double[] values = sparse.values();
      for (int i = 0; i < indices.length; i++) {
        if (values[i] > 0) {
          out.add(RowFactory.create(vocabulary[indices[i]], values[i]));
        }
      }
      return out.toArray(new Row[0]);
    };
    Dataset<Row> weights = idf.transform(tf)
        .select(col("article_id"),
            explode(udf(nonZero, DataTypes.createArrayType(WEIGHT, false)).apply(col("tfidf_vector"))).as("w"))
        .select(col("article_id"), col("w.term").as("term"), col("w.tfidf").as("tfidf"));
    Dataset<Row> articleTerms = weights
        .withColumn("rank", row_number().over(
            Window.partitionBy("article_id").orderBy(col("tfidf").desc(), col("term").asc())))
        .filter(col("rank").leq(config.topTermsPerArticle()));
    return new TfIdfResult(weights, articleTerms, vocabulary.length, tf);
  }
}
