package org.homeward.linkage.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameKeysTest {

  private final NameKeys names = NameKeys.standard();

  private List<String> keys(String... spellings) {
    List<String> keys = new ArrayList<>();
    for (String spelling : spellings) {
      keys.add(names.key(spelling));
    }
    return keys;
  }

  private void assertOneKey(String... spellings) {
    List<String> keys = keys(spellings);
    assertThat(keys).as("keys of %s", List.of(spellings)).containsOnly(keys.get(0));
  }

  @Test
  void latinSpellingsThatDifferInCaseAndRomanisationShareAKey() {
    assertOneKey("Rakhimova", "Rahimova", "RAKHIMOVA");
    assertOneKey("Dzhuraev", "Juraev", "Djuraev", "Dzhurayev");
    assertOneKey("Fotima", "Fatima");
    assertOneKey("Yusupov", "Iusupov");
  }

  @Test
  void cyrillicAndLatinSpellingsShareAKey() {
    assertOneKey("Rakhimova", "Рахимова");
    assertOneKey("Madina", "Мадина");
    assertOneKey("Yusupov", "Юсупов");
    assertOneKey("Dzhuraev", "Джураев");
    assertOneKey("Zarina", "Зарина");
    assertOneKey("Khadija", "Хадижа", "Hadija");
    assertOneKey("Oisha", "Ойша");
    assertOneKey("Fotima", "Фотима");
  }

  @Test
  void arabicSpellingWithoutShortVowelsSharesAKey() {
    assertOneKey("Rakhimova", "رحيموفا");
    assertOneKey("Yusupov", "يوسوبوف");
    assertOneKey("Dzhuraev", "جورايف");
    assertOneKey("Zarina", "زارينا");
  }

  @Test
  void arabicTaMarbutaAtWordEndReadsAsFinalVowel() {
    assertOneKey("Madina", "مدينة");
    assertOneKey("Khadija", "خديجة");
    assertOneKey("Fatima", "فاطمة");
    assertThat(names.latin("مدينة")).isEqualTo("mdyna");
  }

  @Test
  void initialVowelIsKeptButNotWhichVowel() {
    assertOneKey("Oisha", "Aisha", "عائشة", "Ойша");
    assertThat(names.key("Aisha")).isNotEqualTo(names.key("Shah"));
  }

  @Test
  void tajikLettersAreTransliterated() {
    assertThat(names.latin("Ҳусайн")).isEqualTo("husayn");
    assertThat(names.latin("Ҷӯраев")).isEqualTo("jurayev");
    assertThat(names.latin("Қодирова")).isEqualTo("qodirova");
    assertThat(names.latin("Ғафуров")).isEqualTo("gafurov");
    assertThat(names.latin("Зӣёев")).doesNotContainPattern("[^a-z]");
    assertOneKey("Husayn", "Ҳусайн", "Хусайн", "حسين");
    assertOneKey("Juraev", "Ҷӯраев");
  }

  @Test
  void kazakhUzbekAndKyrgyzLettersAreTransliterated() {
    assertThat(names.latin("Әлия Нұрсұлтан Өмір Үмбет Жаңыл Ўткир Һәдия"))
        .isEqualTo("aliya nursultan omir umbet zhangyl utkir hadiya");
  }

  @Test
  void uzbekLatinApostrophesStayInsideTheWord() {
    assertThat(names.latin("G‘afur Oʻktam G'ulom")).isEqualTo("gafur oktam gulom");
    assertOneKey("G'afur", "Ghafur", "Ғафур", "غفور");
  }

  @Test
  void wordOrderDoesNotMatter() {
    List<String> latinOrder =
        names.tokens("Madina Rakhimova").stream().map(NameToken::key).sorted().toList();
    List<String> cyrillicOrder =
        names.tokens("Рахимова Мадина").stream().map(NameToken::key).sorted().toList();
    List<String> arabicOrder =
        names.tokens("مدينة رحيموفا").stream().map(NameToken::key).sorted().toList();
    assertThat(cyrillicOrder).hasSize(2).isEqualTo(latinOrder).isEqualTo(arabicOrder);
  }

  @Test
  void tokensCarryLatinFormAndKey() {
    assertThat(names.tokens("Мадина РАХИМОВА"))
        .containsExactly(new NameToken("madina", "mdn"), new NameToken("rakhimova", "rhmf"));
  }

  @Test
  void hyphensDotsAndCommasSplitWords() {
    assertThat(names.tokens("Rakhimova-Yusupova, M.A.").stream().map(NameToken::latin))
        .containsExactly("rakhimova", "yusupova", "m", "a");
    assertThat(names.latin("  Abd  al–Rahman\u00a0ibn\tAli ")).isEqualTo("abd al rahman ibn ali");
  }

  @Test
  void apostrophesAndSoftSignsDoNotSplitWords() {
    assertThat(names.latin("O'Brien Ильич Объедков")).isEqualTo("obrien ilich obyedkov");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", " - . , ", "'", "«»", "()"})
  void blankInputGivesNoTokens(String input) {
    assertThat(names.tokens(input)).isEmpty();
    assertThat(names.latin(input)).isEmpty();
  }

  @Test
  void everyTokenHasANonEmptyKey() {
    for (String word : List.of("A", "e", "Ya", "h", "Hh", "Ayu", "ه", "Я", "O'", "7")) {
      assertThat(names.tokens(word))
          .as(word)
          .singleElement()
          .extracting(NameToken::key)
          .asString()
          .isNotEmpty();
    }
  }

  @Test
  void differentNamesGetDifferentKeys() {
    List<String> keys =
        keys(
            "Madina",
            "Zarina",
            "Fatima",
            "Khadija",
            "Aisha",
            "Rakhimova",
            "Yusupov",
            "Juraev",
            "Karimov",
            "Nazarov",
            "Sharipova",
            "Tursunov",
            "Umarova",
            "Saidov");
    assertThat(keys).doesNotHaveDuplicates();
  }

  @Test
  void scriptIsTheDominantScriptOfTheLetters() {
    assertThat(NameKeys.script("Мадина Рахимова")).isEqualTo("Cyrl");
    assertThat(NameKeys.script("Madina Rakhimova")).isEqualTo("Latn");
    assertThat(NameKeys.script("مدينة رحيموفا")).isEqualTo("Arab");
    assertThat(NameKeys.script("Мадина R.")).isEqualTo("Cyrl");
    assertThat(NameKeys.script("12.03.2019 -")).isEqualTo("Zyyy");
    assertThat(NameKeys.script("")).isEqualTo("Zyyy");
  }

  @Test
  void otherScriptsFallBackToAnyLatin() {
    assertThat(names.latin("Μαρία")).isEqualTo("maria");
    assertThat(names.latin("Müller Şahin")).isEqualTo("muller sahin");
  }

  @Test
  void latinHomoglyphsFromCyrillicAreNotLost() {
    assertThat(names.latin("Rakhimovа")).isEqualTo("rakhimova"); // last letter is Cyrillic а
  }

  @Test
  void similarityRanksCloseSpellingsHigher() {
    assertThat(names.similarity("rakhimova", "rakhimova")).isEqualTo(1.0);
    assertThat(names.similarity("rakhimova", "rahimova"))
        .isGreaterThan(names.similarity("rakhimova", "rustamova"))
        .isLessThan(1.0);
    assertThat(names.similarity("abc", "xyz")).isZero();
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    List<String> words = new ArrayList<>();
    String[] stems = {"Рахимов", "Ҷӯраев", "Юсупов", "خديج", "مدين", "Müller"};
    String[] endings = {"а", "ة", "ё", "ҳ", "ü", "ш", "ي", "ж"};
    for (String stem : stems) {
      for (String a : endings) {
        for (String b : endings) {
          words.add(stem + a + b);
        }
      }
    }
    List<String> expected = words.stream().map(new NameKeys()::latin).toList();
    NameKeys shared = new NameKeys(); // empty cache: the threads really run the transliterators
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> words.stream().map(shared::latin).toList()));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
