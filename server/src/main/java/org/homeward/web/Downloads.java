package org.homeward.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files handed to the browser: saved, not shown, and never kept in a browser's or proxy's cache.
 */
public final class Downloads {
  private Downloads() {}

  /**
   * @param contentType the media type, with its charset for text
   * @param filename a name made by the application, never from user input
   */
  public static ResponseEntity<byte[]> attachment(
      byte[] body, String contentType, String filename) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(contentType))
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .header("Cache-Control", "no-store")
        .body(body);
  }
}
