package org.homeward.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RepatriationCaseTest {
  static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  static RepatriationCase vettedCase() {
    RepatriationCase c =
        RepatriationCase.open(UUID.randomUUID(), "registrar", "on the camp list", NOW);
    c.verifyNationality(
        "registrar", "passport seen", NationalityEvidence.DOCUMENT, "A1234567", NOW);
    c.markVetted("coordinator", "vetting cleared", true, NOW);
    return c;
  }

  @Test
  void movesThroughItsStagesWithEveryStepRecorded() {
    RepatriationCase c = vettedCase();
    c.propose("registrar", "ready", NOW);
    c.approve("coordinator", "agreed", NOW);

    assertThat(c.stage()).isEqualTo(CaseStage.APPROVED);
    assertThat(c.history())
        .extracting(CaseTransition::action)
        .containsExactly("OPENED", "ADVANCED", "ADVANCED", "PROPOSED", "APPROVED");
    assertThat(c.history().get(1).evidenceRef()).isEqualTo("A1234567");
  }

  @Test
  void nationalityIsNotVerifiedWithoutEvidence() {
    RepatriationCase c = RepatriationCase.open(UUID.randomUUID(), "registrar", "listed", NOW);

    assertThatThrownBy(() -> c.verifyNationality("registrar", "trust me", null, null, NOW))
        .isInstanceOf(CaseRuleException.class)
        .hasMessageContaining("evidenceKind");
    assertThat(c.stage()).isEqualTo(CaseStage.IDENTIFIED);
  }

  @Test
  void caseIsNotVettedBeforeAVettingOfficerClearsThePerson() {
    RepatriationCase c = RepatriationCase.open(UUID.randomUUID(), "registrar", "listed", NOW);
    c.verifyNationality(
        "registrar", "DNA", NationalityEvidence.DNA_CONFIRMED_PARENT, "lab 17", NOW);

    assertThatThrownBy(() -> c.markVetted("coordinator", "go", false, NOW))
        .isInstanceOf(CaseRuleException.class)
        .hasMessageContaining("CLEARED");
  }

  @Test
  void nobodyApprovesTheirOwnProposal() {
    RepatriationCase c = vettedCase();
    c.propose("coordinator", "ready", NOW);

    assertThatThrownBy(() -> c.approve("coordinator", "mine", NOW))
        .isInstanceOf(CaseRuleException.class)
        .hasMessageContaining("Nobody approves their own proposal");
    assertThat(c.stage()).isEqualTo(CaseStage.VETTED);
  }

  @Test
  void approvalNeedsAProposalFirst() {
    assertThatThrownBy(() -> vettedCase().approve("coordinator", "yes", NOW))
        .isInstanceOf(CaseRuleException.class)
        .hasMessageContaining("proposed first");
  }

  @Test
  void stagesCannotBeSkipped() {
    RepatriationCase c = RepatriationCase.open(UUID.randomUUID(), "registrar", "listed", NOW);

    assertThatThrownBy(() -> c.markVetted("coordinator", "skip", true, NOW))
        .isInstanceOf(CaseRuleException.class)
        .hasMessageContaining("NATIONALITY_VERIFIED");
  }

  @Test
  void heldCaseReopensAtTheStageItWasHeldFrom() {
    RepatriationCase c = vettedCase();
    c.hold("coordinator", "medical evacuation first", NOW);
    c.reopen("coordinator", "back from hospital", NOW);

    assertThat(c.stage()).isEqualTo(CaseStage.VETTED);
    assertThat(c.history()).extracting(CaseTransition::action).endsWith("HELD", "REOPENED");
  }

  @Test
  void declinedCaseCanBeReopenedAndDeclineNeedsAReason() {
    RepatriationCase c = vettedCase();

    assertThatThrownBy(() -> c.decline("coordinator", " ", NOW)).hasMessageContaining("reason");
    c.decline("coordinator", "nationality withdrawn", NOW);
    c.reopen("coordinator", "appeal upheld", NOW);

    assertThat(c.stage()).isEqualTo(CaseStage.VETTED);
  }

  @Test
  void holdingDropsAPendingProposal() {
    RepatriationCase c = vettedCase();
    c.propose("registrar", "ready", NOW);
    c.hold("coordinator", "wait", NOW);
    c.reopen("coordinator", "go on", NOW);

    assertThat(c.proposedBy()).isNull();
    assertThatThrownBy(() -> c.approve("coordinator", "yes", NOW))
        .isInstanceOf(CaseRuleException.class);
  }
}
