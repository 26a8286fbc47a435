/**
 * Record linkage: names across scripts, comparison and matching. Plain Java, no Spring.
 *
 * <p>Pipeline: {@link org.homeward.linkage.settings.SettingsReader settings} → {@link
 * org.homeward.linkage.io.CsvDatasetReader datasets} → {@link org.homeward.linkage.LinkageEngine}
 * (prepare, block, compare, estimate u and m by EM, score, decide, cluster) → {@link
 * org.homeward.linkage.LinkResult} / {@link org.homeward.linkage.DedupeResult} / {@link
 * org.homeward.linkage.explain.Explanation}. The command line is {@link
 * org.homeward.linkage.cli.LinkageCommandLine}.
 */
package org.homeward.linkage;
