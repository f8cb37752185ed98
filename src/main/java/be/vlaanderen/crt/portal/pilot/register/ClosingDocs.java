package be.vlaanderen.crt.portal.pilot.register;

import be.vlaanderen.crt.portal.pilot.PilotKpis;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.SimplePdf;
import be.vlaanderen.crt.portal.platform.WinAnsi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The closing evaluation as a document: the same blocks in DOCX and in PDF. */
public final class ClosingDocs {

  private ClosingDocs() {}

  /** A block: a heading and its paragraphs (a paragraph starting with "> " is a quote). */
  record Block(String heading, List<String> paragraphs) {}

  static List<Block> blocks(ClosingReport.Closing c, Locale l) {
    List<Block> blocks = new ArrayList<>();
    PilotKpis.Kpis k = c.kpis();
    List<String> results = new ArrayList<>();
    results.add(Messages.get(l, "closing.selected", k.municipalities(), k.dossiers()));
    String[] keys = {"ACM_TI", "ACM_PRD", "IDM_TI", "IDM_PRD"};
    PilotKpis.Count[] counts = {k.acmTi(), k.acmPrd(), k.idmTi(), k.idmPrd()};
    for (int i = 0; i < keys.length; i++) {
      results.add(
          Messages.get(l, "pilot.env." + keys[i])
              + ": "
              + Messages.get(
                  l, "closing.integrations", counts[i].integrations(), counts[i].municipalities()));
    }
    blocks.add(new Block(Messages.get(l, "closing.results"), results));
    List<String> satisfaction = new ArrayList<>();
    for (String moment : new String[] {"BEFORE", "DURING", "AFTER"}) {
      PilotKpis.Score s = k.satisfactionAt(moment);
      satisfaction.add(Messages.get(l, "evaluationMoment." + moment) + ": " + score(s, l));
    }
    satisfaction.add(Messages.get(l, "pilot.kpis.eagerness") + ": " + score(k.eagerness(), l));
    blocks.add(new Block(Messages.get(l, "closing.satisfaction"), satisfaction));
    List<String> obstacles = new ArrayList<>();
    c.obstaclesByKind()
        .forEach(
            (kind, n) -> obstacles.add(Messages.get(l, "pilot.obstacle.kind." + kind) + ": " + n));
    c.obstaclesByStatus()
        .forEach(
            (status, n) ->
                obstacles.add(Messages.get(l, "pilot.obstacle.status." + status) + ": " + n));
    for (ClosingReport.Insight i : c.insights()) {
      obstacles.add(
          Messages.get(l, "pilot.obstacle.kind." + i.kind())
              + " — "
              + i.title()
              + ": "
              + i.answer());
    }
    if (obstacles.isEmpty()) {
      obstacles.add(Messages.get(l, "pilot.obstacle.empty"));
    }
    blocks.add(new Block(Messages.get(l, "closing.obstacles"), obstacles));
    List<String> voices = c.voices().stream().map(v -> "> " + v).toList();
    blocks.add(
        new Block(
            Messages.get(l, "closing.voices"),
            voices.isEmpty() ? List.of(Messages.get(l, "closing.noVoices")) : voices));
    blocks.add(
        new Block(
            Messages.get(l, "closing.impact"),
            List.of(c.impact() == null ? Messages.get(l, "closing.notWritten") : c.impact())));
    blocks.add(
        new Block(
            Messages.get(l, "closing.recommendations"),
            List.of(
                c.recommendations() == null
                    ? Messages.get(l, "closing.notWritten")
                    : c.recommendations())));
    return blocks;
  }

  private static String score(PilotKpis.Score s, Locale l) {
    return s.average() == null
        ? Messages.get(l, "closing.noAnswers")
        : Messages.get(l, "closing.score", s.average(), s.responses());
  }

  public static byte[] docx(ClosingReport.Closing c, Locale l) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFRun title = doc.createParagraph().createRun();
      title.setBold(true);
      title.setFontSize(18);
      title.setText(Messages.get(l, "closing.title"));
      for (Block b : blocks(c, l)) {
        XWPFRun h = doc.createParagraph().createRun();
        h.setBold(true);
        h.setFontSize(13);
        h.setText(b.heading());
        for (String p : b.paragraphs()) {
          for (String line : p.split("\\R")) {
            XWPFRun r = doc.createParagraph().createRun();
            if (line.startsWith("> ")) {
              r.setItalic(true);
              r.setText("“" + line.substring(2) + "”");
            } else {
              r.setText(line);
            }
          }
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] pdf(ClosingReport.Closing c, Locale l) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SimplePdf w = new SimplePdf(doc);
      w.newPage();
      w.paragraph(Messages.get(l, "closing.title"), w.bold, 18, 10);
      for (Block b : blocks(c, l)) {
        w.paragraph(b.heading(), w.bold, 13, 4);
        for (String p : b.paragraphs()) {
          for (String line : p.split("\\R")) {
            if (line.startsWith("> ")) {
              w.paragraph(WinAnsi.safe("\"" + line.substring(2) + "\""), w.italic, 11, 3);
            } else {
              w.paragraph(WinAnsi.safe(line), w.regular, 11, 3);
            }
          }
        }
        w.space(8);
      }
      w.close();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
