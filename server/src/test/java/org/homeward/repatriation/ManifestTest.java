package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ManifestTest {
  final UUID mother = UUID.randomUUID();
  final UUID child = UUID.randomUUID();

  ManifestMember motherOf(Set<UUID> children, String exception) {
    return new ManifestMember(mother, false, Set.of(), children, false, true, exception, false);
  }

  ManifestMember childOf(Set<UUID> carers, boolean alone, String exception) {
    return new ManifestMember(child, true, carers, Set.of(), alone, true, exception, false);
  }

  @Test
  void motherAndChildTogetherKeepEveryRule() {
    Manifest m =
        new Manifest(
            10, List.of(motherOf(Set.of(child), null), childOf(Set.of(mother), false, null)));

    assertThat(m.problems()).isEmpty();
  }

  @Test
  void rejectsManifestThatSeparatesChildFromMother() {
    Manifest m = new Manifest(10, List.of(childOf(Set.of(mother), false, null)));

    assertThat(m.problems())
        .singleElement()
        .asString()
        .contains("without their mother or guardian");
  }

  @Test
  void unaccompaniedChildMayTravelAloneWithARecordedReason() {
    assertThat(new Manifest(10, List.of(childOf(Set.of(), true, "no relatives traced"))).problems())
        .isEmpty();
    assertThat(new Manifest(10, List.of(childOf(Set.of(), true, null))).problems()).hasSize(1);
  }

  @Test
  void motherIsNotMovedWithoutHerChildrenUnlessAReasonIsRecorded() {
    assertThat(new Manifest(10, List.of(motherOf(Set.of(child), null))).problems())
        .singleElement()
        .asString()
        .contains("children behind");
    assertThat(
            new Manifest(10, List.of(motherOf(Set.of(child), "child in hospital, follows later")))
                .problems())
        .isEmpty();
  }

  @Test
  void capacityAndEligibilityAreChecked() {
    ManifestMember notApproved =
        new ManifestMember(UUID.randomUUID(), false, Set.of(), Set.of(), false, false, null, false);
    Manifest m = new Manifest(1, List.of(notApproved, motherOf(Set.of(), null)));

    assertThat(m.problems())
        .hasSize(2)
        .anyMatch(p -> p.contains("capacity"))
        .anyMatch(p -> p.contains("not eligible"));
  }

  @Test
  void warnsButDoesNotBlockForExceptionsCareNeedsAndAFullManifest() {
    ManifestMember pregnantMother =
        new ManifestMember(
            mother, false, Set.of(), Set.of(child), false, true, "son in hospital", true);
    Manifest m = new Manifest(1, List.of(pregnantMother));

    assertThat(m.problems()).isEmpty();
    assertThat(m.warnings())
        .hasSize(3)
        .anyMatch(w -> w.contains("recorded exception") && w.contains("son in hospital"))
        .anyMatch(w -> w.contains("escort or medical support"))
        .anyMatch(w -> w.contains("1 of 1 seats"));
    assertThat(new Manifest(10, List.of(motherOf(Set.of(), null))).warnings()).isEmpty();
  }
}
