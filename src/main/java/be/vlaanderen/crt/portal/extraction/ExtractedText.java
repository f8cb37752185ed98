package be.vlaanderen.crt.portal.extraction;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document's text as the review page shows it: blocks (headings, paragraphs, list items, table
 * rows) reduced to plain text, each segment with its offset in {@link #plain()}. The plain text is
 * what remarks are anchored to: segments of a row are joined by a tab, blocks by a line break.
 *
 * @param blocks the blocks in document order
 * @param plain the text positions refer to
 * @param truncated whether the document was longer than the extraction limit
 */
public record ExtractedText(List<Block> blocks, String plain, boolean truncated) {

  /** A piece of text at an offset of the plain text. */
  public record Segment(int start, String text) {
    public int end() {
      return start + text.length();
    }
  }

  /**
   * A block: {@code kind} is h1–h6, p, li or tr (whose segments are its cells); {@code page} is the
   * PDF page (1-based), or 0 when the format has no pages.
   */
  public record Block(String kind, int page, List<Segment> segments) {}

  public ExtractedText {
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(plain, "plain");
  }

  /** The page the offset falls on, or null when the document has no pages. */
  public Integer pageAt(int offset) {
    for (Block block : blocks) {
      Segment last = block.segments().get(block.segments().size() - 1);
      if (offset < last.end() + 1) {
        return block.page() == 0 ? null : block.page();
      }
    }
    return null;
  }

  /** Serialises the blocks compactly for storage: [[kind, page, [[start, text], ...]], ...]. */
  public String blocksJson() {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (Block block : blocks) {
      JsonArrayBuilder segments = Json.createArrayBuilder();
      for (Segment segment : block.segments()) {
        segments.add(Json.createArrayBuilder().add(segment.start()).add(segment.text()));
      }
      all.add(Json.createArrayBuilder().add(block.kind()).add(block.page()).add(segments));
    }
    return all.build().toString();
  }

  /** The inverse of {@link #blocksJson()}. */
  public static ExtractedText fromJson(String blocksJson, String plain, boolean truncated) {
    List<Block> blocks = new ArrayList<>();
    try (var reader = Json.createReader(new StringReader(blocksJson))) {
      for (JsonValue value : reader.readArray()) {
        JsonArray block = value.asJsonArray();
        List<Segment> segments = new ArrayList<>();
        for (JsonValue s : block.getJsonArray(2)) {
          JsonArray segment = s.asJsonArray();
          segments.add(new Segment(segment.getInt(0), segment.getString(1)));
        }
        blocks.add(new Block(block.getString(0), block.getInt(1), segments));
      }
    }
    return new ExtractedText(blocks, plain, truncated);
  }
}
