package org.homeward.linkage.compare;

/**
 * One comparison level of a field, from best agreement to clear disagreement.
 *
 * @param code short label for reports, e.g. {@code exact}, {@code close}, {@code different}
 * @param phrase what it means for a registrar, e.g. "same name in another spelling or script"
 */
public record Level(String code, String phrase) {}
