/**
 * The HTML report: reads small aggregates from the output tables and renders them as one page with its charts. It
 * reads tables rather than stages, so it may import table and config only; none but job may import it.
 */
package org.newsdrift.report;
