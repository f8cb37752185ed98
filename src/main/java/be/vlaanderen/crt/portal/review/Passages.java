package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.review.anchoring.Anchor;
import be.vlaanderen.crt.portal.review.anchoring.AnchorState;
import be.vlaanderen.crt.portal.review.anchoring.Reanchor;
import be.vlaanderen.crt.portal.review.anchoring.TextQuote;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The passage a new remark is about: the offsets a reader selected or a quote with its context,
 * checked against the server's own copy of the version's text, trimmed, with 32 characters of
 * context and the page (W3C TextQuoteSelector and TextPositionSelector).
 */
@ApplicationScoped
class Passages {

  /** Characters of context stored before and after a quote (TextQuoteSelector prefix/suffix). */
  static final int CONTEXT = 32;

  static final int MAX_PASSAGE = 5000;

  @Inject DocumentTexts texts;

  /** Turns the offsets or the quote of the input into a passage of the version's text. */
  Remark.Passage of(DocumentVersion version, RemarkInput in) {
    boolean byOffsets = in.start() != null || in.end() != null;
    boolean byQuote = in.exact() != null && !in.exact().isBlank();
    if (!byOffsets && !byQuote) {
      return null;
    }
    ExtractedText text = texts.of(version);
    String plain = text.plain();
    int start;
    int end;
    if (byOffsets) {
      if (in.start() == null || in.end() == null) {
        throw new InvalidInputException("review.invalid.passage");
      }
      start = in.start();
      end = in.end();
      if (start < 0 || end <= start || end > plain.length()) {
        throw new InvalidInputException("review.invalid.passage");
      }
      if (byQuote && !squash(in.exact()).equals(squash(plain.substring(start, end)))) {
        throw new InvalidInputException("review.invalid.passageMismatch");
      }
    } else {
      Anchor found =
          Reanchor.find(
              new TextQuote(in.exact(), nullToEmpty(in.prefix()), nullToEmpty(in.suffix()), 0, 0),
              plain);
      if (found.state() != AnchorState.STILL_PRESENT) {
        throw new InvalidInputException("review.invalid.passageNotFound");
      }
      start = found.start();
      end = found.end();
    }
    // Whitespace at the edges of a selection is not part of the passage.
    while (start < end && Character.isWhitespace(plain.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(plain.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      throw new InvalidInputException("review.invalid.passage");
    }
    if (end - start > MAX_PASSAGE) {
      throw new InvalidInputException("review.invalid.passageTooLong", MAX_PASSAGE);
    }
    return new Remark.Passage(
        plain.substring(start, end),
        plain.substring(Math.max(0, start - CONTEXT), start),
        plain.substring(end, Math.min(plain.length(), end + CONTEXT)),
        start,
        end,
        text.pageAt(start));
  }

  private static String squash(String s) {
    return s.replaceAll("[\\s\\u00A0]+", "");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
