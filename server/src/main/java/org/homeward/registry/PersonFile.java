package org.homeward.registry;

import java.util.List;
import org.homeward.access.FieldAccess;

/**
 * A person as one user may see them: the record, which field groups that user may read and write,
 * and the vetting outcome and notes when those are readable (else null and empty).
 */
public record PersonFile(Person person, FieldAccess fields, Vetting vetting, List<Note> notes) {}
