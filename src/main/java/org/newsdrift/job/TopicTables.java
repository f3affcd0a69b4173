package org.newsdrift.job;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.table.TableWriter;
import org.newsdrift.table.Tables;

/** The topic model's tables, which readers find even before the first model: empty until one is fitted. */
final class TopicTables {
  private static final List<String> ALWAYS_PRESENT =
      List.of(Tables.TOPICS, Tables.DOC_TOPICS, Tables.TOPIC_LINEAGE, Tables.TOPIC_EXAMPLES, Tables.MODEL_SELECTION);

  private TopicTables() {}

  /** Creates every topic table that does not exist yet, without rows. */
  static void ensureExist(SparkSession spark, TableWriter tables) {
    for (String table : ALWAYS_PRESENT) {
      tables.createIfMissing(spark, table);
    }
  }
}
