package org.newsdrift.ingest;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.newsdrift.config.IngestConfig;

/**
 * Reads every input file in parallel (one task per group of files, each file streamed) into one row per input
 * record: article fields, or a reject reason. {@code published_date} is an ISO day string here.
 */
public final class IngestStep {
  public static final StructType SCHEMA = new StructType()
      .add("input_file", DataTypes.StringType, false)
      .add("locator", DataTypes.StringType, false)
      .add("source", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("published_day", DataTypes.StringType)
      .add("date_source", DataTypes.StringType)
      .add("language", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("format", DataTypes.StringType)
      .add("crawl_day", DataTypes.StringType)
      .add("reject_reason", DataTypes.StringType)
      .add("reject_detail", DataTypes.StringType);

  private IngestStep() {}

  public static Dataset<Row> run(SparkSession spark, List<InputFile> files, IngestConfig config) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> hadoopConf =
        jsc.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
    FieldMapper mapper = new FieldMapper(config.mappings());
    long maxBytes = config.maxDocumentBytes();
    int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
    // Plain strings travel with any serializer (Kryo cannot build records, which have no no-argument constructor).
    List<String> uris = files.stream().map(InputFile::uri).toList();
    JavaRDD<Row> rows = jsc.parallelize(uris, slices)
        .flatMap(uri -> toRows(FileRecordSource.read(uri, hadoopConf.value().value(), mapper, maxBytes)));
    if (slices < jsc.defaultParallelism()) {
      // A file is read by one task; fewer files than cores would leave cores idle through the cleaning that follows.
      rows = rows.repartition(jsc.defaultParallelism());
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static Iterator<Row> toRows(Iterator<IngestOutcome> outcomes) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return outcomes.hasNext();
      }

      @Override
      public Row next() {
        return toRow(outcomes.next());
      }
    };
  }

  static Row toRow(IngestOutcome outcome) {
    RawArticle a = outcome.article();
    if (a == null) {
      return RowFactory.create(outcome.inputFile(), outcome.locator(), null, null, null, null, null, null, null,
          null, null, outcome.reason(), outcome.detail());
    }
    return RowFactory.create(outcome.inputFile(), outcome.locator(), a.source(), a.url(), a.title(),
        a.publishedDate() == null ? null : a.publishedDate().toString(), a.dateSource(), a.language(), a.text(),
        a.format(), a.crawlDate() == null ? null : a.crawlDate().toString(), null, null);
  }
}
