"""Airflow DAG: newsdrift nightly on YARN with SparkSubmitOperator (apache-airflow-providers-apache-spark).

One run per night, for the night before: Airflow's logical date ``ds`` of a daily schedule is the start of the
interval that has just ended, so ``ds`` is the night whose incoming folder is read and whose partitions are
written. A re-run of the same night (clearing a task) replaces that night's partitions; it never adds rows.

Set up once:
- a Spark connection ``spark_yarn`` (host ``yarn``, extra ``{"deploy-mode": "cluster", "queue": "batch"}``) on a
  worker that has ``spark-submit`` (Spark 4.1, Java 17) and ``HADOOP_CONF_DIR``;
- the job jar (``mvn -DskipTests package`` -> ``target/newsdrift-<version>-job.jar``) and the config at
  NEWSDRIFT_HOME. In cluster mode the config and its subject are shipped with ``--files`` and land side by
  side in the driver's working folder, so the deployed config names its subject by file name
  (``"subject_file": "russia-dprk.json"``); ``jobs/submit --dry-run --master yarn --deploy-mode cluster ...``
  prints and keeps such a pair.

The Spark settings are jobs/submit's defaults; the README says why each is there.
"""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

NEWSDRIFT_HOME = "/opt/newsdrift"
JOB_JAR = f"{NEWSDRIFT_HOME}/newsdrift-0.1.0-SNAPSHOT-job.jar"
CONFIG = f"{NEWSDRIFT_HOME}/conf/default.json"
SUBJECT = f"{NEWSDRIFT_HOME}/conf/russia-dprk.json"

SPARK_CONF = {
    "spark.sql.shuffle.partitions": "64",
    "spark.sql.sources.partitionOverwriteMode": "dynamic",
    "spark.serializer": "org.apache.spark.serializer.KryoSerializer",
    "spark.sql.session.timeZone": "UTC",
    "spark.executor.instances": "4",
}

with DAG(
    dag_id="newsdrift_nightly",
    description="Scraped news of the night before -> newsdrift's Parquet tables",
    schedule="30 2 * * *",
    start_date=datetime(2024, 11, 1),
    catchup=False,
    max_active_runs=1,  # nights are written one at a time; the derived tables cover every night
    default_args={
        "owner": "newsdrift",
        "retries": 1,
        "retry_delay": timedelta(minutes=20),
        "execution_timeout": timedelta(hours=3),
    },
    tags=["newsdrift", "spark"],
) as dag:
    SparkSubmitOperator(
        task_id="nightly",
        conn_id="spark_yarn",
        application=JOB_JAR,
        java_class="org.newsdrift.job.NewsDrift",
        name="newsdrift nightly {{ ds }}",
        files=f"{CONFIG},{SUBJECT}",
        driver_memory="4g",
        executor_memory="4g",
        conf=SPARK_CONF,
        application_args=[
            "nightly",
            "--config", "default.json",  # the shipped copy, in the driver's working folder
            "--input", "hdfs:///news/incoming/{{ ds }}",
            "--output", "hdfs:///newsdrift",
            "--run-date", "{{ ds }}",
        ],
        verbose=False,
    )
