package org.homeward.linkage.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a settings file: {@code {"id": "rec_id", "fields": [{"column": "given_name", "kind":
 * "given_name"}, {"column": "dob", "kind": "birth_date", "format": "yyyyMMdd"}]}}.
 */
public final class SettingsReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SettingsReader() {}

  public static LinkageSettings read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new SettingsException(file + ": cannot read settings file (" + e.getMessage() + ")");
    }
    return parse(text, file.toString());
  }

  /** Parses settings JSON; {@code source} names the text in error messages. */
  public static LinkageSettings parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new SettingsException(source + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (root == null || !root.isObject()) {
      throw new SettingsException(source + ": expected a JSON object with \"id\" and \"fields\"");
    }
    JsonNode id = root.get("id");
    if (id == null || !id.isString() || id.asString().isBlank()) {
      throw new SettingsException(
          source + ": \"id\" must name the column holding each row's unique id");
    }
    JsonNode fields = root.get("fields");
    if (fields == null || !fields.isArray() || fields.isEmpty()) {
      throw new SettingsException(
          source + ": \"fields\" must be a non-empty array of {\"column\": ..., \"kind\": ...}");
    }
    List<FieldSpec> specs = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      specs.add(field(fields.get(i), i, source));
    }
    return new LinkageSettings(id.asString().trim(), specs);
  }

  private static FieldSpec field(JsonNode node, int index, String source) {
    String where = source + ": fields[" + index + "]";
    if (!node.isObject()) {
      throw new SettingsException(where + ": expected an object {\"column\": ..., \"kind\": ...}");
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!List.of("column", "kind", "format").contains(e.getKey())) {
        throw new SettingsException(
            where + ": unknown key \"" + e.getKey() + "\" (expected column, kind, format)");
      }
    }
    JsonNode column = node.get("column");
    if (column == null || !column.isString() || column.asString().isBlank()) {
      throw new SettingsException(where + ": \"column\" is missing; expected a CSV header name");
    }
    JsonNode kindNode = node.get("kind");
    if (kindNode == null || !kindNode.isString()) {
      throw new SettingsException(
          where + ": \"kind\" is missing; expected one of " + FieldKind.allJsonNames());
    }
    FieldKind kind =
        FieldKind.fromJson(kindNode.asString().trim())
            .orElseThrow(
                () ->
                    new SettingsException(
                        where
                            + ": unknown kind \""
                            + kindNode.asString()
                            + "\"; expected one of "
                            + FieldKind.allJsonNames()));
    JsonNode formatNode = node.get("format");
    String format = formatNode == null || formatNode.isNull() ? null : formatNode.asString();
    if (kind == FieldKind.BIRTH_DATE) {
      if (format == null || format.isBlank()) {
        format = "yyyy[-MM[-dd]]";
      }
      try {
        DateTimeFormatter.ofPattern(format);
      } catch (IllegalArgumentException e) {
        throw new SettingsException(
            where
                + ": \"format\" \""
                + format
                + "\" is not a java.time pattern ("
                + e.getMessage()
                + "); expected e.g. yyyyMMdd or yyyy[-MM[-dd]]");
      }
    } else if (format != null) {
      throw new SettingsException(
          where + ": \"format\" is only allowed for kind birth_date, not " + kind.jsonName());
    }
    return new FieldSpec(column.asString().trim(), kind, format);
  }
}
