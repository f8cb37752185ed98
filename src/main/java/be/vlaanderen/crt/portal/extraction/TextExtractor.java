package be.vlaanderen.crt.portal.extraction;

import be.vlaanderen.crt.portal.extraction.ExtractedText.Block;
import be.vlaanderen.crt.portal.extraction.ExtractedText.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a document into {@link ExtractedText}: Apache Tika's XHTML reduced to headings, paragraphs,
 * list items and table rows. Everything else (styles, links, images, scripts) is dropped; only text
 * survives, so the review page can render it without any markup of the document's own. Text beyond
 * {@link #MAX_CHARACTERS} is cut off and flagged.
 */
public final class TextExtractor {

  /** About 400 pages of dense text; enough for any plan, and a bound on a hostile file. */
  public static final int MAX_CHARACTERS = 1_000_000;

  private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li");

  private TextExtractor() {}

  /** Extracts the text of a file in this process (tests, tools); see {@link TextExtraction}. */
  public static ExtractedText extract(java.nio.file.Path file) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return extract(in);
    }
  }

  /**
   * Extracts the text.
   *
   * @throws IOException the document could not be read or parsed
   */
  public static ExtractedText extract(InputStream in) throws IOException {
    Collector collector = new Collector(MAX_CHARACTERS);
    try {
      ParseContext context = parseContext();
      AutoDetectParser parser = new AutoDetectParser();
      context.set(Parser.class, parser);
      parser.parse(in, collector, new Metadata(), context);
    } catch (SAXException | TikaException | RuntimeException e) {
      if (!collector.truncated) {
        throw new IOException("The document's text could not be extracted", e);
      }
    }
    return collector.result();
  }

  /**
   * The one Tika set-up of the portal, for this process and for the forked extraction process
   * alike: the streaming (SAX) DOCX reader, which keeps memory flat on inflated documents, and no
   * headers or footers. Everything in it is serialisable, so it can travel to a forked parser.
   */
  static ParseContext parseContext() {
    ParseContext context = new ParseContext();
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setIncludeHeadersAndFooters(false);
    context.set(OfficeParserConfig.class, office);
    return context;
  }

  /** Collapses whitespace runs (including no-break spaces) to one space and trims. */
  static String normalise(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || Character.isISOControl(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Builds blocks from the SAX events of Tika's XHTML. */
  static final class Collector extends DefaultHandler {
    private final int limit;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private String blockKind;
    private int blockDepth;
    private List<String> rowCells;
    private int cellDepth;
    private int page;
    boolean truncated;

    Collector(int limit) {
      this.limit = limit;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      String name = localName.isEmpty() ? qName : localName;
      if ("div".equals(name) && "page".equals(attributes.getValue("class"))) {
        flushLoose();
        page++;
      } else if ("tr".equals(name)) {
        flushLoose();
        rowCells = new ArrayList<>();
      } else if (("td".equals(name) || "th".equals(name)) && rowCells != null) {
        cellDepth++;
        text.setLength(0);
      } else if (BLOCKS.contains(name)) {
        if (cellDepth > 0 || blockDepth > 0) {
          text.append(' ');
          if (blockDepth > 0) {
            blockDepth++;
          }
        } else {
          flushLoose();
          blockKind = name;
          blockDepth = 1;
        }
      } else if ("br".equals(name)) {
        text.append(' ');
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      String name = localName.isEmpty() ? qName : localName;
      if (("td".equals(name) || "th".equals(name)) && rowCells != null && cellDepth > 0) {
        cellDepth--;
        rowCells.add(normalise(text));
        text.setLength(0);
      } else if ("tr".equals(name) && rowCells != null) {
        List<String> cells = rowCells;
        rowCells = null;
        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
          add("tr", cells);
        }
      } else if (BLOCKS.contains(name) && blockDepth > 0 && cellDepth == 0) {
        blockDepth--;
        if (blockDepth == 0) {
          String content = normalise(text);
          text.setLength(0);
          if (!content.isEmpty()) {
            add(blockKind, List.of(content));
          }
          blockKind = null;
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (truncated) {
        throw new SAXException("Extraction limit reached");
      }
      text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      text.append(' ');
    }

    @Override
    public void endDocument() {
      flushLoose();
    }

    /** Text outside any block (some formats emit it) becomes a paragraph of its own. */
    private void flushLoose() {
      if (blockDepth == 0 && cellDepth == 0 && rowCells == null) {
        String content = normalise(text);
        text.setLength(0);
        if (!content.isEmpty()) {
          add("p", List.of(content));
        }
      }
    }

    private void add(String kind, List<String> cells) {
      if (truncated) {
        return;
      }
      if (!plain.isEmpty()) {
        plain.append('\n');
      }
      List<Segment> segments = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          plain.append('\t');
        }
        segments.add(new Segment(plain.length(), cells.get(i)));
        plain.append(cells.get(i));
      }
      blocks.add(new Block(kind, page, segments));
      if (plain.length() > limit) {
        truncated = true;
      }
    }

    ExtractedText result() {
      return new ExtractedText(blocks, plain.toString(), truncated);
    }
  }
}
