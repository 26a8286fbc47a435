package org.homeward.registry;

import java.time.LocalDate;

public record IdentityDocument(
    DocumentType type, String number, String issuingCountry, LocalDate expiresOn) {
  @Override
  public String toString() {
    return "IdentityDocument[type=" + type + ", issuingCountry=" + issuingCountry + "]";
  }
}
