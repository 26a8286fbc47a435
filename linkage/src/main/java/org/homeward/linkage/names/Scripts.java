package org.homeward.linkage.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/** Finds which writing system the letters of a text are in. */
final class Scripts {

  private Scripts() {}

  /**
   * The UScript code used by most letters of {@code text}; on a tie the script that reached the
   * winning count first wins. Digits, punctuation and combining marks (Common, Inherited) do not
   * vote, so a text without letters gives {@link UScript#COMMON}.
   */
  static int dominant(CharSequence text) {
    int[] counts = new int[UScript.CODE_LIMIT];
    int best = UScript.COMMON;
    int bestCount = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      int script = letterScript(cp);
      if (script != UScript.COMMON && ++counts[script] > bestCount) {
        best = script;
        bestCount = counts[script];
      }
    }
    return best;
  }

  /** True when every character is plain ASCII, so no transliteration is needed. */
  static boolean isAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int letterScript(int cp) {
    if (cp < 0x80) {
      // ASCII fast path: most input is Latin and needs no ICU property lookup.
      int lower = cp | 0x20;
      return lower >= 'a' && lower <= 'z' ? UScript.LATIN : UScript.COMMON;
    }
    if (!UCharacter.isLetter(cp)) {
      return UScript.COMMON;
    }
    int script = UScript.getScript(cp);
    return script == UScript.INHERITED ? UScript.COMMON : script;
  }
}
