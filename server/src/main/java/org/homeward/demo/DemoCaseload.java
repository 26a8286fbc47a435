package org.homeward.demo;

import java.util.List;

/** A synthetic caseload: facilities, the persons held in them and their family links. */
public record DemoCaseload(
    List<DemoFacility> facilities, List<DemoPerson> persons, List<DemoRelationship> relationships) {

  public DemoCaseload {
    facilities = List.copyOf(facilities);
    persons = List.copyOf(persons);
    relationships = List.copyOf(relationships);
  }
}
