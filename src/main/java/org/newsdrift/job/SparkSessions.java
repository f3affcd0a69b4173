package org.newsdrift.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsdrift.config.SecretRedactor;

/** Builds the job's SparkSession; only the entry point calls this, and it stops the session when done. */
final class SparkSessions {
  private SparkSessions() {}

  static SparkSession start(String appName) {
    SparkConf conf = new SparkConf(true).setAppName(appName);
    if (!conf.contains("spark.master")) {
      // Only when nothing (spark-submit, --conf, a system property) chose a master.
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      // Spark's 200 shuffle partitions make hundreds of near-empty tasks on one machine; 2 per core is plenty.
      conf.setIfMissing("spark.sql.shuffle.partitions",
          String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
    }
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.sql.sources.partitionOverwriteMode", "dynamic");
    conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    conf.setIfMissing("spark.redaction.regex", SecretRedactor.KEY_REGEX);
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
