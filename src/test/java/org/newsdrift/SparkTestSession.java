package org.newsdrift;

import org.apache.spark.sql.SparkSession;
import org.newsdrift.table.DeltaSettings;

/**
 * The one local Spark session a Spark test class uses: two cores, UI off, loopback driver, UTC. Start it in
 * {@code @BeforeAll} and stop it in {@code @AfterAll}.
 */
public final class SparkTestSession {
  private SparkTestSession() {}

  public static SparkSession start(String testClass) {
    return builder(testClass).getOrCreate();
  }

  /** The same session with Kryo serialization, as the job runs (for code that puts its own classes in RDDs). */
  public static SparkSession startWithKryo(String testClass) {
    return builder(testClass).config("spark.serializer", "org.apache.spark.serializer.KryoSerializer").getOrCreate();
  }

  private static SparkSession.Builder builder(String testClass) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(testClass)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.sql.extensions", DeltaSettings.EXTENSION)
        .config("spark.sql.catalog.spark_catalog", DeltaSettings.CATALOG)
        .config("spark.databricks.delta.snapshotPartitions", "2");
  }
}
