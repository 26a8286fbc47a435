package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every UI language has every message English has, and none of them is empty. */
class MessageBundlesTest {

  @ParameterizedTest(name = "messages_{0} has every key English has")
  @ValueSource(strings = {"ru", "tg", "ar"})
  void everyBundleHasEveryEnglishKey(String language) throws IOException {
    Properties english = load("messages.properties");
    Properties other = load("messages_" + language + ".properties");

    TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
    missing.removeAll(other.stringPropertyNames());
    assertThat(missing).as("keys missing from messages_%s.properties", language).isEmpty();

    TreeSet<String> extra = new TreeSet<>(other.stringPropertyNames());
    extra.removeAll(english.stringPropertyNames());
    assertThat(extra).as("keys in messages_%s.properties that English lacks", language).isEmpty();
  }

  @ParameterizedTest(name = "{0} has no empty message")
  @ValueSource(
      strings = {
        "messages.properties",
        "messages_ru.properties",
        "messages_tg.properties",
        "messages_ar.properties"
      })
  void noMessageIsEmpty(String bundle) throws IOException {
    Properties messages = load(bundle);
    List<String> empty =
        messages.stringPropertyNames().stream()
            .filter(k -> messages.getProperty(k).isBlank())
            .sorted()
            .toList();
    assertThat(empty).as("empty messages in %s", bundle).isEmpty();
  }

  /** Literal keys such as #{person.name} in the templates; computed keys are not checked here. */
  @Test
  void everyLiteralKeyInTheTemplatesIsInEnglish() throws IOException {
    Properties english = load("messages.properties");
    Pattern key = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
    List<String> missing = new ArrayList<>();
    Path templates = Path.of("src/main/resources/templates");
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = key.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!english.containsKey(m.group(1))) {
            missing.add(templates.relativize(file) + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).as("message keys used in templates but missing").isEmpty();
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name + " on the class path").isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }
}
