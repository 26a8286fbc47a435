package org.homeward.access;

import java.util.Set;

/** Which field groups of one person the current user may read and write. */
public record FieldAccess(Set<FieldGroup> read, Set<FieldGroup> write) {
  public FieldAccess {
    read = Set.copyOf(read);
    write = Set.copyOf(write);
  }

  public boolean mayRead(FieldGroup group) {
    return read.contains(group);
  }

  public boolean mayWrite(FieldGroup group) {
    return write.contains(group);
  }
}
