/**
 * The top: the command line, the Spark session and the nightly, backfill and retrain runs that wire the steps of
 * every stage together and record each run. It may import every newsdrift package; none may import it.
 */
package org.newsdrift.job;
