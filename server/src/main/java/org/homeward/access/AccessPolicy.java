package org.homeward.access;

import java.util.UUID;

/**
 * The one place that decides who may see which person. Features ask it; none decides by itself. A
 * person the caller may not see is answered as not found, never as forbidden.
 *
 * <p>Until agencies, roles and per-state scope arrive (the access issue), every signed-in user
 * works in one national registry and sees all of it; authentication itself is enforced by the web
 * security configuration.
 */
public interface AccessPolicy {
  boolean maySee(UUID personId);
}
