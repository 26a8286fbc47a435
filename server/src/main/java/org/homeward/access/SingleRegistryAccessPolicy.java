package org.homeward.access;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** One national registry: every signed-in user sees every person (see {@link AccessPolicy}). */
@Component
class SingleRegistryAccessPolicy implements AccessPolicy {
  @Override
  public boolean maySee(UUID personId) {
    return personId != null;
  }
}
