package org.homeward.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * The person form of the web UI. Its property paths mirror {@link PersonInput} (e.g. {@code
 * names[0].text}), so that an error the registry names can be shown beside the very field. Mutable,
 * because form binding needs setters.
 */
public class PersonForm {
  static final int NAME_ROWS = 3;
  static final int NATIONALITY_ROWS = 2;
  static final int DOCUMENT_ROWS = 2;

  private List<NameRow> names = new ArrayList<>();
  private String sex = "FEMALE";
  private BirthRow birthDate = new BirthRow();
  private List<NationalityRow> nationalities = new ArrayList<>();
  private List<DocumentRow> documents = new ArrayList<>();
  private String facilityId;
  private String custodyStatus = "HELD";
  private String handedToState;
  private List<String> vulnerabilities = new ArrayList<>();
  private int version;

  public static PersonForm blank() {
    PersonForm form = new PersonForm();
    form.padRows();
    return form;
  }

  static PersonForm of(Person person) {
    PersonForm form = new PersonForm();
    PersonDetails d = person.details();
    d.names()
        .forEach(n -> form.names.add(new NameRow(n.text(), n.script(), n.language(), n.source())));
    form.sex = d.sex().name();
    if (d.birthDate() != null) {
      form.birthDate.setValue(d.birthDate().text());
      form.birthDate.setPrecision(d.birthDate().precision().name());
    }
    d.nationalities()
        .forEach(
            n -> form.nationalities.add(new NationalityRow(n.countryCode(), n.status().name())));
    d.documents()
        .forEach(
            doc ->
                form.documents.add(
                    new DocumentRow(
                        doc.type().name(),
                        doc.number(),
                        doc.issuingCountry(),
                        doc.expiresOn() == null ? null : doc.expiresOn().toString())));
    form.facilityId = d.facilityId() == null ? null : d.facilityId().toString();
    form.custodyStatus = d.custodyStatus().name();
    form.handedToState = d.handedToState();
    d.vulnerabilities().forEach(v -> form.vulnerabilities.add(v.name()));
    form.version = person.version();
    form.padRows();
    return form;
  }

  /** Drops rows left empty, so that the indices in error paths match the rows shown. */
  void removeBlankRows() {
    names.removeIf(
        r -> r == null || blank(r.getText()) && blank(r.getLanguage()) && blank(r.getSource()));
    nationalities.removeIf(r -> r == null || blank(r.getCountry()));
    documents.removeIf(r -> r == null || blank(r.getNumber()) && blank(r.getIssuingCountry()));
  }

  /** Adds empty rows for entering more names, nationalities and documents. */
  void padRows() {
    while (names.size() < NAME_ROWS) {
      names.add(new NameRow());
    }
    while (nationalities.size() < NATIONALITY_ROWS) {
      nationalities.add(new NationalityRow());
    }
    while (documents.size() < DOCUMENT_ROWS) {
      documents.add(new DocumentRow());
    }
  }

  PersonInput toInput() {
    return new PersonInput(
        names.stream()
            .map(
                n ->
                    new PersonInput.NameInput(
                        n.getText(), n.getScript(), n.getLanguage(), n.getSource()))
            .toList(),
        sex,
        new PersonInput.BirthDateInput(
            birthDate.getValue(), birthDate.getPrecision(), birthDate.getStatedAge(), null),
        nationalities.stream()
            .map(n -> new PersonInput.NationalityInput(n.getCountry(), n.getStatus()))
            .toList(),
        documents.stream()
            .map(
                d ->
                    new PersonInput.DocumentInput(
                        d.getType(), d.getNumber(), d.getIssuingCountry(), d.getExpiresOn()))
            .toList(),
        facilityId,
        custodyStatus,
        handedToState,
        vulnerabilities);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public List<NameRow> getNames() {
    return names;
  }

  public void setNames(List<NameRow> names) {
    this.names = names;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public BirthRow getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(BirthRow birthDate) {
    this.birthDate = birthDate;
  }

  public List<NationalityRow> getNationalities() {
    return nationalities;
  }

  public void setNationalities(List<NationalityRow> nationalities) {
    this.nationalities = nationalities;
  }

  public List<DocumentRow> getDocuments() {
    return documents;
  }

  public void setDocuments(List<DocumentRow> documents) {
    this.documents = documents;
  }

  public String getFacilityId() {
    return facilityId;
  }

  public void setFacilityId(String facilityId) {
    this.facilityId = facilityId;
  }

  public String getCustodyStatus() {
    return custodyStatus;
  }

  public void setCustodyStatus(String custodyStatus) {
    this.custodyStatus = custodyStatus;
  }

  public String getHandedToState() {
    return handedToState;
  }

  public void setHandedToState(String handedToState) {
    this.handedToState = handedToState;
  }

  public List<String> getVulnerabilities() {
    return vulnerabilities;
  }

  public void setVulnerabilities(List<String> vulnerabilities) {
    this.vulnerabilities = vulnerabilities;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  @Override
  public String toString() {
    return "PersonForm[names=" + names.size() + "]";
  }

  /** One name variant row. */
  public static class NameRow {
    private String text;
    private String script;
    private String language;
    private String source;

    public NameRow() {}

    NameRow(String text, String script, String language, String source) {
      this.text = text;
      this.script = script;
      this.language = language;
      this.source = source;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getScript() {
      return script;
    }

    public void setScript(String script) {
      this.script = script;
    }

    public String getLanguage() {
      return language;
    }

    public void setLanguage(String language) {
      this.language = language;
    }

    public String getSource() {
      return source;
    }

    public void setSource(String source) {
      this.source = source;
    }

    @Override
    public String toString() {
      return "NameRow";
    }
  }

  /** Birth date row: a value and its precision, or an age as stated today. */
  public static class BirthRow {
    private String value;
    private String precision;
    private Integer statedAge;

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public String getPrecision() {
      return precision;
    }

    public void setPrecision(String precision) {
      this.precision = precision;
    }

    public Integer getStatedAge() {
      return statedAge;
    }

    public void setStatedAge(Integer statedAge) {
      this.statedAge = statedAge;
    }
  }

  /** One nationality row. */
  public static class NationalityRow {
    private String country;
    private String status = "CLAIMED";

    public NationalityRow() {}

    NationalityRow(String country, String status) {
      this.country = country;
      this.status = status;
    }

    public String getCountry() {
      return country;
    }

    public void setCountry(String country) {
      this.country = country;
    }

    public String getStatus() {
      return status;
    }

    public void setStatus(String status) {
      this.status = status;
    }
  }

  /** One identity document row. */
  public static class DocumentRow {
    private String type = "PASSPORT";
    private String number;
    private String issuingCountry;
    private String expiresOn;

    public DocumentRow() {}

    DocumentRow(String type, String number, String issuingCountry, String expiresOn) {
      this.type = type;
      this.number = number;
      this.issuingCountry = issuingCountry;
      this.expiresOn = expiresOn;
    }

    public String getType() {
      return type;
    }

    public void setType(String type) {
      this.type = type;
    }

    public String getNumber() {
      return number;
    }

    public void setNumber(String number) {
      this.number = number;
    }

    public String getIssuingCountry() {
      return issuingCountry;
    }

    public void setIssuingCountry(String issuingCountry) {
      this.issuingCountry = issuingCountry;
    }

    public String getExpiresOn() {
      return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
      this.expiresOn = expiresOn;
    }

    @Override
    public String toString() {
      return "DocumentRow";
    }
  }
}
