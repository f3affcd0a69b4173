/**
 * The job's immutable settings, read from {@code jobs/conf/*.json} and the subject file it names, validated on
 * construction. Every package may import it; it imports no other newsdrift package.
 */
package org.newsdrift.config;
