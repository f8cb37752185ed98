package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.lesson.Lesson;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Group feedback for the next workshop: the round's remarks across all municipalities of the wave,
 * counted by theme and kind, with example remarks stripped of municipality names; the coordinator's
 * general feedback text; the DOCX for the workshop; and lesson-learned drafts promoted from a
 * remark or a theme.
 */
@ApplicationScoped
public class GroupFeedbackService {

  static final int EXAMPLES_PER_THEME = 5;
  static final String PLACEHOLDER = "[gemeente]";

  @PersistenceContext private EntityManager em;

  @Inject Rounds rounds;

  @Inject AuditLog audit;

  /** An example remark with the municipality's name removed. */
  public record Example(long remarkId, RemarkKind kind, String quote, String text)
      implements Serializable {}

  /** One theme of the overview: counts per kind and examples. */
  public record ThemeRow(
      Theme theme, Map<RemarkKind, Long> counts, long total, List<Example> examples)
      implements Serializable {
    public long count(String kind) {
      return counts.getOrDefault(RemarkKind.valueOf(kind), 0L);
    }
  }

  /** The overview of a round. */
  public record Overview(
      long roundId,
      int round,
      String wave,
      long municipalities,
      long remarks,
      List<ThemeRow> themes,
      String feedback,
      String feedbackBy,
      Instant feedbackAt)
      implements Serializable {}

  @Transactional
  public Overview overview(UserAccount account, long roundId) {
    Rounds.requireCrt(account);
    FeedbackRound round = rounds.round(roundId);
    List<Remark> remarks =
        em.createQuery(
                "SELECT r FROM Remark r WHERE r.round.id = :r ORDER BY r.createdAt", Remark.class)
            .setParameter("r", roundId)
            .getResultList();
    Pattern names = municipalityNames();
    Map<Theme, Map<RemarkKind, Long>> counts = new EnumMap<>(Theme.class);
    Map<Theme, List<Example>> examples = new EnumMap<>(Theme.class);
    for (Remark r : remarks) {
      counts
          .computeIfAbsent(r.getTheme(), t -> new EnumMap<>(RemarkKind.class))
          .merge(r.getKind(), 1L, Long::sum);
      // Only what was written for municipalities goes into the examples.
      List<Example> list = examples.computeIfAbsent(r.getTheme(), t -> new ArrayList<>());
      if (r.getVisibility() == Visibility.MUNICIPALITY && list.size() < EXAMPLES_PER_THEME) {
        Remark.Passage p = r.passage();
        list.add(
            new Example(
                r.getId(),
                r.getKind(),
                p == null ? null : anonymise(shorten(p.exact(), 240), names),
                anonymise(r.getBody(), names)));
      }
    }
    List<ThemeRow> rows = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      Map<RemarkKind, Long> c = counts.getOrDefault(theme, Map.of());
      long total = c.values().stream().mapToLong(Long::longValue).sum();
      rows.add(new ThemeRow(theme, c, total, examples.getOrDefault(theme, List.of())));
    }
    rows.sort(Comparator.comparingLong(ThemeRow::total).reversed());
    long municipalities =
        remarks.stream().map(r -> r.getSubmission().getMunicipality().getId()).distinct().count();
    GroupFeedback feedback = feedback(roundId);
    return new Overview(
        roundId,
        round.getNumber(),
        round.getWave().getName(),
        municipalities,
        remarks.size(),
        rows,
        feedback == null ? "" : feedback.getBody(),
        feedback == null ? null : feedback.getUpdatedBy(),
        feedback == null ? null : feedback.getUpdatedAt());
  }

  private GroupFeedback feedback(long roundId) {
    return em.createQuery(
            "SELECT g FROM GroupFeedback g WHERE g.round.id = :r", GroupFeedback.class)
        .setParameter("r", roundId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The coordinator writes the general feedback of the round. */
  @Transactional
  public void saveFeedback(UserAccount account, long roundId, String text) {
    Rounds.requireCoordinator(account);
    FeedbackRound round = rounds.round(roundId);
    String body = text == null ? "" : text.strip();
    if (body.length() > 20_000) {
      throw new InvalidInputException("review.invalid.textTooLong", 20_000);
    }
    GroupFeedback feedback = feedback(roundId);
    if (feedback == null) {
      feedback = new GroupFeedback(round);
      feedback.write(body, account.getUsername(), Instant.now());
      em.persist(feedback);
    } else {
      feedback.write(body, account.getUsername(), Instant.now());
    }
    audit.record(account.getUsername(), "GROUP_FEEDBACK_WRITTEN", "FeedbackRound", roundId, null);
  }

  /** The workshop document: the general feedback, the counts and the examples, as DOCX. */
  @Transactional
  public byte[] docx(UserAccount account, long roundId, Locale locale) {
    Overview o = overview(account, roundId);
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setStyle("Title");
      run(title, Messages.get(locale, "group.docx.title", o.round(), o.wave()), true, 20);
      XWPFParagraph intro = doc.createParagraph();
      run(
          intro,
          Messages.get(locale, "group.docx.intro", o.remarks(), o.municipalities(), o.round()),
          false,
          11);
      if (!o.feedback().isBlank()) {
        heading(doc, Messages.get(locale, "group.feedback"));
        for (String paragraph : o.feedback().split("\\R\\s*\\R")) {
          XWPFParagraph p = doc.createParagraph();
          String[] lines = paragraph.strip().split("\\R");
          XWPFRun r = p.createRun();
          for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
              r.addBreak();
            }
            r.setText(lines[i]);
          }
        }
      }
      heading(doc, Messages.get(locale, "group.counts"));
      XWPFTable table = doc.createTable(1, 5);
      table.setWidth("100%");
      String[] head = {
        Messages.get(locale, "review.theme"),
        Messages.get(locale, "remarkKind.QUESTION"),
        Messages.get(locale, "remarkKind.REMARK"),
        Messages.get(locale, "remarkKind.GOOD_PRACTICE"),
        Messages.get(locale, "group.total")
      };
      for (int i = 0; i < head.length; i++) {
        cell(table.getRow(0), i, head[i], true);
      }
      for (ThemeRow row : o.themes()) {
        if (row.total() == 0) {
          continue;
        }
        XWPFTableRow tr = table.createRow();
        cell(tr, 0, Messages.get(locale, "theme." + row.theme().name()), false);
        cell(tr, 1, String.valueOf(row.count("QUESTION")), false);
        cell(tr, 2, String.valueOf(row.count("REMARK")), false);
        cell(tr, 3, String.valueOf(row.count("GOOD_PRACTICE")), false);
        cell(tr, 4, String.valueOf(row.total()), false);
      }
      for (ThemeRow row : o.themes()) {
        if (row.examples().isEmpty()) {
          continue;
        }
        heading(doc, Messages.get(locale, "theme." + row.theme().name()));
        for (Example e : row.examples()) {
          XWPFParagraph p = doc.createParagraph();
          p.setStyle("ListParagraph");
          p.setIndentationLeft(360);
          run(p, Messages.get(locale, "remarkKind." + e.kind().name()) + ": ", true, 11);
          run(p, e.text(), false, 11);
          if (e.quote() != null) {
            XWPFParagraph q = doc.createParagraph();
            q.setIndentationLeft(720);
            XWPFRun qr = q.createRun();
            qr.setItalic(true);
            qr.setColor("555555");
            qr.setText("\u201c" + e.quote() + "\u201d");
          }
        }
      }
      XWPFParagraph footer = doc.createParagraph();
      footer.setAlignment(ParagraphAlignment.RIGHT);
      XWPFRun f = footer.createRun();
      f.setFontSize(8);
      f.setColor("777777");
      f.setText(Messages.get(locale, "group.docx.footer"));
      doc.write(out);
      audit.record(
          account.getUsername(), "GROUP_FEEDBACK_EXPORTED", "FeedbackRound", roundId, "docx");
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a lesson-learned draft from a remark, without the municipality's name. */
  @Transactional
  public long promoteRemark(UserAccount account, long remarkId, Locale locale) {
    Rounds.requireCrt(account);
    Remark remark = em.find(Remark.class, remarkId);
    if (remark == null) {
      throw new be.vlaanderen.crt.portal.platform.NotVisibleException("Remark " + remarkId);
    }
    Pattern names = municipalityNames();
    String body = anonymise(remark.getBody(), names);
    Remark.Passage p = remark.passage();
    if (p != null) {
      body += "\n\n" + Messages.get(locale, "group.lesson.quote", anonymise(p.exact(), names));
    }
    Lesson lesson =
        new Lesson(
            shorten(
                Messages.get(locale, "theme." + remark.getTheme().name())
                    + ": "
                    + firstSentence(anonymise(remark.getBody(), names)),
                200),
            body,
            remark.getTheme().name(),
            remark.getRound().getId(),
            remark.getId(),
            account.getUsername(),
            Instant.now());
    lesson.describeSource(
        remark.getRound().getWave().getName()
            + " \u00b7 feedbackronde "
            + remark.getRound().getNumber());
    em.persist(lesson);
    em.flush();
    audit.record(
        account.getUsername(),
        "LESSON_DRAFTED",
        "Lesson",
        lesson.getId(),
        "from remark " + remarkId);
    return lesson.getId();
  }

  /** Starts a lesson-learned draft from a theme of the round, with its examples. */
  @Transactional
  public long promoteTheme(UserAccount account, long roundId, Theme theme, Locale locale) {
    Overview o = overview(account, roundId);
    ThemeRow row = o.themes().stream().filter(t -> t.theme() == theme).findFirst().orElseThrow();
    StringBuilder body =
        new StringBuilder(Messages.get(locale, "group.lesson.themeIntro", o.round(), row.total()));
    for (Example e : row.examples()) {
      body.append("\n\n- ").append(e.text());
    }
    Lesson lesson =
        new Lesson(
            Messages.get(locale, "theme." + theme.name()),
            body.toString(),
            theme.name(),
            roundId,
            null,
            account.getUsername(),
            Instant.now());
    lesson.describeSource(o.wave() + " \u00b7 feedbackronde " + o.round());
    em.persist(lesson);
    em.flush();
    audit.record(
        account.getUsername(), "LESSON_DRAFTED", "Lesson", lesson.getId(), "from theme " + theme);
    return lesson.getId();
  }

  /** The lesson drafts started from this round. */
  public List<Lesson> drafts(long roundId) {
    return em.createQuery(
            "SELECT l FROM Lesson l WHERE l.sourceRoundId = :r ORDER BY l.createdAt DESC",
            Lesson.class)
        .setParameter("r", roundId)
        .getResultList();
  }

  /** Every municipality name in the database, as one case-insensitive whole-word pattern. */
  Pattern municipalityNames() {
    List<String> all =
        em.createQuery("SELECT m.name FROM Municipality m", String.class).getResultList();
    if (all.isEmpty()) {
      return null;
    }
    String alternatives =
        all.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .reduce((a, b) -> a + "|" + b)
            .orElseThrow();
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static String anonymise(String text, Pattern names) {
    if (text == null || names == null) {
      return text;
    }
    return names.matcher(text).replaceAll(Matcher.quoteReplacement(PLACEHOLDER));
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end > 0 && end < 120 ? text.substring(0, end + 1) : shorten(text, 120);
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Heading1");
    p.setSpacingBefore(240);
    run(p, text, true, 14);
  }

  private static void run(XWPFParagraph p, String text, boolean bold, int size) {
    XWPFRun r = p.createRun();
    r.setBold(bold);
    r.setFontSize(size);
    r.setText(text);
  }

  private static void cell(XWPFTableRow row, int index, String text, boolean bold) {
    var cell = row.getCell(index) == null ? row.addNewTableCell() : row.getCell(index);
    XWPFParagraph p = cell.getParagraphs().get(0);
    run(p, text, bold, 10);
  }
}
