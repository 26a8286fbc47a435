package org.homeward.repatriation;

import java.util.Set;
import java.util.UUID;

/**
 * What the manifest rules need to know about one person on it.
 *
 * @param mothersAndGuardians the person's recorded mother and guardians
 * @param children the persons this one is recorded as mother or guardian of
 * @param travelsAlone flagged unaccompanied or separated child
 * @param exceptionReason why the rules may be set aside for this person, recorded when added
 * @param needsCare flagged medical, disability or pregnancy: the operation must plan for it
 */
record ManifestMember(
    UUID personId,
    boolean child,
    Set<UUID> mothersAndGuardians,
    Set<UUID> children,
    boolean travelsAlone,
    boolean eligible,
    String exceptionReason,
    boolean needsCare) {

  boolean hasException() {
    return exceptionReason != null && !exceptionReason.isBlank();
  }
}
