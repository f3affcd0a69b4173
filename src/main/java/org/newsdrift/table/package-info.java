/**
 * Where the flow ends: the output tables declared once ({@code tables.json}), their column names, row building by
 * name, and writing and upkeep of the Delta tables. Every stage may import it to name its columns; it may import
 * only config.
 */
package org.newsdrift.table;
