package org.homeward.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.PersonScope;
import org.homeward.common.InvalidInputException;
import org.homeward.linkage.names.NameKeys;
import org.homeward.linkage.names.NameToken;
import org.springframework.stereotype.Component;

/**
 * Finds persons by any spelling of their name in any script. Each word of the query and of every
 * stored name is reduced to a script-independent key (see {@link NameKeys}); candidates share a key
 * with a query word, and are ranked by how many query words they match and how close the
 * transliterated spellings are. Word order does not matter.
 */
@Component
class PersonSearch {
  static final int MAX_QUERY_LENGTH = 200;
  private static final int MAX_QUERY_WORDS = 8;

  private final PersonRepository persons;
  private final NameKeys nameKeys = NameKeys.standard();

  PersonSearch(PersonRepository persons) {
    this.persons = persons;
  }

  List<SearchHit> search(String query, int limit, LocalDate today, PersonScope scope) {
    List<NameToken> words = queryWords(query);
    Set<String> keys = words.stream().map(NameToken::key).collect(Collectors.toSet());
    List<PersonRepository.StoredToken> found = persons.tokensByKeys(keys, Set.of(), scope);
    Set<String> keysFound =
        found.stream().map(PersonRepository.StoredToken::key).collect(Collectors.toSet());
    // A word whose exact key finds nothing may carry a typo near its end: widen it to its prefix.
    Set<String> widened =
        words.stream()
            .map(NameToken::key)
            .filter(k -> !keysFound.contains(k))
            .map(PersonRepository::prefixKey)
            .collect(Collectors.toSet());
    if (!widened.isEmpty()) {
      found = new java.util.ArrayList<>(found);
      found.addAll(persons.tokensByKeys(Set.of(), widened, scope));
    }
    Map<UUID, Candidate> candidates = new HashMap<>();
    for (PersonRepository.StoredToken token : found) {
      candidates
          .computeIfAbsent(token.personId(), id -> new Candidate(words.size()))
          .offer(words, token, this);
    }
    List<Map.Entry<UUID, Candidate>> ranked =
        candidates.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<UUID, Candidate> e) -> e.getValue().matchedWords())
                    .thenComparing(e -> e.getValue().score())
                    .reversed()
                    .thenComparing(Map.Entry::getKey))
            .limit(limit)
            .toList();
    Map<UUID, PersonSummary> summaries = new LinkedHashMap<>();
    persons
        .summaries(ranked.stream().map(Map.Entry::getKey).toList(), today)
        .forEach(s -> summaries.put(s.id(), s));
    return ranked.stream()
        .filter(e -> summaries.containsKey(e.getKey()))
        .map(
            e ->
                new SearchHit(
                    summaries.get(e.getKey()),
                    e.getValue().score(),
                    e.getValue().matchedWords(),
                    words.size()))
        .toList();
  }

  private List<NameToken> queryWords(String query) {
    if (query == null || query.isBlank()) {
      throw new InvalidInputException("q", "a name or part of a name to search for");
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidInputException("q", "at most " + MAX_QUERY_LENGTH + " characters");
    }
    List<NameToken> words = nameKeys.tokens(query);
    if (words.isEmpty()) {
      throw new InvalidInputException("q", "a name with at least one letter");
    }
    return words.size() > MAX_QUERY_WORDS ? words.subList(0, MAX_QUERY_WORDS) : words;
  }

  double similarity(NameToken queryWord, PersonRepository.StoredToken stored) {
    double spelling = nameKeys.similarity(queryWord.latin(), stored.latin());
    // A shared key is already strong evidence; a prefix-only match counts for less.
    return stored.key().equals(queryWord.key()) ? 0.5 + 0.5 * spelling : 0.5 * spelling;
  }

  /** Best similarity found so far for each query word. */
  private static final class Candidate {
    private final double[] best;

    Candidate(int words) {
      best = new double[words];
    }

    void offer(List<NameToken> words, PersonRepository.StoredToken token, PersonSearch search) {
      for (int i = 0; i < words.size(); i++) {
        NameToken word = words.get(i);
        if (token.key().equals(word.key())
            || token.key().startsWith(PersonRepository.prefixKey(word.key()))) {
          best[i] = Math.max(best[i], search.similarity(word, token));
        }
      }
    }

    int matchedWords() {
      int n = 0;
      for (double b : best) {
        n += b > 0 ? 1 : 0;
      }
      return n;
    }

    double score() {
      double sum = 0;
      for (double b : best) {
        sum += b;
      }
      return sum / best.length;
    }
  }
}
