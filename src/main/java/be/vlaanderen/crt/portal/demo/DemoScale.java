package be.vlaanderen.crt.portal.demo;

import be.vlaanderen.crt.portal.completeness.BiaCheck;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.organisation.Province;
import be.vlaanderen.crt.portal.programme.Assignment;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.programme.Enrollment;
import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.programme.Wave;
import be.vlaanderen.crt.portal.review.Assessments;
import be.vlaanderen.crt.portal.review.RemarkInput;
import be.vlaanderen.crt.portal.review.RemarkKind;
import be.vlaanderen.crt.portal.review.ReviewService;
import be.vlaanderen.crt.portal.review.ReviewerAssignment;
import be.vlaanderen.crt.portal.review.RoundReleases;
import be.vlaanderen.crt.portal.review.Visibility;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The programme at its real size ({@code -Dcrt.demo.scale=full}): 50 municipalities in the two
 * waves of the BCP track (25 each, Aalst and Brugge among the first), each with a contact person
 * (user name = the municipality's name in lower case, password {@code demo}), a BIA workbook and,
 * in the first wave, a BCP, with remarks of the wave's expert. Everything goes through the same
 * services as a user's upload and review, so extraction, completeness, search and the outbox see
 * the same work. Lists and pages can then be measured at the size the programme really has.
 */
@ApplicationScoped
public class DemoScale {

  /** The municipalities beside Aalst and Brugge: 23 for the first wave, then 25 for the second. */
  static final Object[][] MUNICIPALITIES = {
    {"Gent", Province.OOST_VLAANDEREN, 265_000},
    {"Antwerpen", Province.ANTWERPEN, 536_000},
    {"Leuven", Province.VLAAMS_BRABANT, 102_000},
    {"Mechelen", Province.ANTWERPEN, 88_000},
    {"Hasselt", Province.LIMBURG, 80_000},
    {"Kortrijk", Province.WEST_VLAANDEREN, 78_000},
    {"Sint-Niklaas", Province.OOST_VLAANDEREN, 80_000},
    {"Oostende", Province.WEST_VLAANDEREN, 72_000},
    {"Genk", Province.LIMBURG, 67_000},
    {"Roeselare", Province.WEST_VLAANDEREN, 64_000},
    {"Turnhout", Province.ANTWERPEN, 46_000},
    {"Dendermonde", Province.OOST_VLAANDEREN, 46_000},
    {"Vilvoorde", Province.VLAAMS_BRABANT, 45_000},
    {"Tongeren-Borgloon", Province.LIMBURG, 42_000},
    {"Geel", Province.ANTWERPEN, 41_000},
    {"Halle", Province.VLAAMS_BRABANT, 40_000},
    {"Waregem", Province.WEST_VLAANDEREN, 38_000},
    {"Mol", Province.ANTWERPEN, 37_000},
    {"Lier", Province.ANTWERPEN, 37_000},
    {"Ieper", Province.WEST_VLAANDEREN, 35_000},
    {"Lommel", Province.LIMBURG, 35_000},
    {"Tienen", Province.VLAAMS_BRABANT, 35_000},
    {"Zaventem", Province.VLAAMS_BRABANT, 35_000},
    // second wave
    {"Knokke-Heist", Province.WEST_VLAANDEREN, 33_000},
    {"Herentals", Province.ANTWERPEN, 29_000},
    {"Diest", Province.VLAAMS_BRABANT, 24_000},
    {"Lochristi", Province.OOST_VLAANDEREN, 23_000},
    {"Zoersel", Province.ANTWERPEN, 22_000},
    {"Zele", Province.OOST_VLAANDEREN, 21_500},
    {"Eeklo", Province.OOST_VLAANDEREN, 21_000},
    {"Poperinge", Province.WEST_VLAANDEREN, 20_000},
    {"Boom", Province.ANTWERPEN, 18_000},
    {"Diksmuide", Province.WEST_VLAANDEREN, 17_000},
    {"Bree", Province.LIMBURG, 16_000},
    {"Beveren-Kruibeke-Zwijndrecht", Province.OOST_VLAANDEREN, 67_000},
    {"Lokeren", Province.OOST_VLAANDEREN, 43_000},
    {"Ninove", Province.OOST_VLAANDEREN, 40_000},
    {"Sint-Truiden", Province.LIMBURG, 41_000},
    {"Beringen", Province.LIMBURG, 47_000},
    {"Maasmechelen", Province.LIMBURG, 38_000},
    {"Oudenaarde", Province.OOST_VLAANDEREN, 32_000},
    {"Wetteren", Province.OOST_VLAANDEREN, 26_000},
    {"Deinze", Province.OOST_VLAANDEREN, 44_000},
    {"Menen", Province.WEST_VLAANDEREN, 34_000},
    {"Izegem", Province.WEST_VLAANDEREN, 28_000},
    {"Torhout", Province.WEST_VLAANDEREN, 21_000},
    {"Tielt", Province.WEST_VLAANDEREN, 21_000},
    {"Aarschot", Province.VLAAMS_BRABANT, 30_000}
  };

  static final int FIRST_WAVE_OTHERS = 23;

  /** process, owner, MTPD, RTO, RPO, ICT dependency, supplier. */
  static final String[][] PROCESSES = {
    {"Afgifte identiteitskaarten", "Diensthoofd burgerzaken", "24", "4", "4", "Rijksregister", "-"},
    {"Uitbetaling leefloon", "Directeur sociale dienst", "48", "24", "8", "Sociaal dossier", "-"},
    {"Betaling facturen", "Financieel directeur", "120", "48", "24", "Boekhouding", "Leverancier"},
    {"Afvalophaling", "Diensthoofd omgeving", "168", "72", "24", "Planning", "Intercommunale"},
    {
      "Loonverwerking",
      "Diensthoofd personeel",
      "72",
      "48",
      "24",
      "Loonpakket",
      "Sociaal secretariaat"
    }
  };

  /** kind, theme, text, quote (a sentence of {@link DemoSamples#plan}). */
  private static final Object[][] BCP_REMARKS = {
    {
      RemarkKind.QUESTION,
      Theme.MTPD_RTO_RPO,
      "Waarop steunt de RTO van vier uur? Verwijs naar de BIA.",
      DemoSamples.RTO
    },
    {
      RemarkKind.REMARK,
      Theme.SUPPLIERS,
      "Leg een hersteltijd vast in het contract (SLA).",
      DemoSamples.SUPPLIER
    },
    {
      RemarkKind.GOOD_PRACTICE,
      Theme.EXERCISE_MAINTENANCE,
      "Goed: een jaarlijkse oefening met het managementteam.",
      DemoSamples.EXERCISE
    },
    {
      RemarkKind.REMARK,
      Theme.ICT_DEPENDENCIES,
      "Bewaar minstens één back-up offline.",
      DemoSamples.BACKUP
    },
    {
      RemarkKind.QUESTION,
      Theme.CRISIS_COMMUNICATION,
      "Wie vervangt de communicatieambtenaar?",
      DemoSamples.CRISIS
    }
  };

  private static final Logger LOG = Logger.getLogger(DemoScale.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject SubmissionService submissions;

  @Inject ReviewService review;

  @Inject RoundReleases releases;

  @Inject Assessments assessments;

  /** What the full-size demo made, for the start-up log. */
  public record Made(int municipalities, int documents, int remarks) {}

  /**
   * Enrols the other 48 municipalities with their contact persons and reviewers, then hands in and
   * reviews their documents.
   *
   * @param passwordHash the demo password's hash, computed once for all accounts
   */
  Made create(
      Wave first,
      Wave second,
      List<Assignment> firstWave,
      List<Assignment> secondWave,
      UserAccount expert,
      UserAccount secondExpert,
      String passwordHash) {
    List<UserAccount> firstContacts = new ArrayList<>();
    List<UserAccount> secondContacts = new ArrayList<>();
    for (int i = 0; i < MUNICIPALITIES.length; i++) {
      Object[] row = MUNICIPALITIES[i];
      boolean inFirst = i < FIRST_WAVE_OTHERS;
      Municipality m = new Municipality((String) row[0], (Province) row[1]);
      m.recordPopulation((Integer) row[2]);
      em.persist(m);
      em.persist(new Enrollment(inFirst ? first : second, m));
      em.persist(new ReviewerAssignment(inFirst ? expert : secondExpert, m));
      UserAccount contact =
          new UserAccount(
              username(m.getName()),
              "Contactpersoon " + m.getName(),
              username(m.getName()) + "@demo.crt-portaal.invalid",
              passwordHash,
              Role.MUNICIPALITY,
              m);
      em.persist(contact);
      (inFirst ? firstContacts : secondContacts).add(contact);
    }
    em.flush();
    int documents = 0;
    int remarks = 0;
    long firstBia = kind(firstWave, AssignmentKind.BIA);
    long firstBcp = kind(firstWave, AssignmentKind.BCP);
    long secondBia = kind(secondWave, AssignmentKind.BIA);
    for (int i = 0; i < firstContacts.size(); i++) {
      UserAccount contact = firstContacts.get(i);
      String name = contact.getMunicipality().getName();
      upload(contact, firstBia, "BIA " + name + ".xlsx", bia(name, i));
      long bcp = upload(contact, firstBcp, "BCP " + name + ".docx", DemoSamples.plan(name));
      documents += 2;
      int count = 2 + i % 4;
      for (int r = 0; r < count; r++) {
        Object[] remark = BCP_REMARKS[(i + r) % BCP_REMARKS.length];
        review.add(
            expert,
            bcp,
            new RemarkInput(
                (RemarkKind) remark[0],
                (Theme) remark[1],
                r == count - 1 && i % 3 == 0 ? Visibility.INTERNAL : Visibility.MUNICIPALITY,
                (String) remark[2],
                null,
                null,
                (String) remark[3],
                null,
                null));
        remarks++;
      }
      if (i % 2 == 0) {
        assessments.saveAssessment(
            expert,
            bcp,
            "Een bruikbaar plan. Onderbouw de hersteltijden met de BIA en maak afspraken met de leveranciers.");
        releases.release(expert, bcp);
      }
    }
    for (int i = 0; i < secondContacts.size(); i++) {
      UserAccount contact = secondContacts.get(i);
      String name = contact.getMunicipality().getName();
      long bia = upload(contact, secondBia, "BIA " + name + ".xlsx", bia(name, i));
      documents++;
      if (i % 3 == 0) {
        review.add(
            secondExpert,
            bia,
            new RemarkInput(
                RemarkKind.REMARK,
                Theme.MTPD_RTO_RPO,
                Visibility.MUNICIPALITY,
                "Controleer de RPO van de loonverwerking: een dag gegevensverlies is veel.",
                null,
                null,
                null,
                null,
                null));
        remarks++;
      }
    }
    LOG.info(
        () ->
            "Full-size demo: "
                + MUNICIPALITIES.length
                + " more municipalities, "
                + firstContacts.size()
                + " + "
                + secondContacts.size()
                + " contact persons");
    return new Made(MUNICIPALITIES.length, documents, remarks);
  }

  /** "Sint-Niklaas" → "sint-niklaas", "Knokke-Heist" → "knokke-heist". */
  static String username(String municipality) {
    return Normalizer.normalize(municipality, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9-]", "-");
  }

  private static long kind(List<Assignment> assignments, AssignmentKind kind) {
    return assignments.stream()
        .filter(a -> a.getKind() == kind)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + kind + " assignment in the wave"))
        .getId();
  }

  private long upload(UserAccount who, long assignment, String name, byte[] content) {
    return submissions
        .upload(who, assignment, name, new ByteArrayInputStream(content))
        .getSubmission()
        .getId();
  }

  /**
   * A BIA workbook on the portal's template: the template's headers, then the five processes with
   * hours that vary a little per municipality (the n-th leaves the dependency of one process empty,
   * so the completeness check has something to say on some of them).
   */
  static byte[] bia(String municipality, int n) {
    List<String> headers = BiaCheck.headers();
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("BIA " + municipality);
      Row header = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        header.createCell(c).setCellValue(headers.get(c));
      }
      for (int p = 0; p < PROCESSES.length; p++) {
        String[] process = PROCESSES[p];
        Row row = sheet.createRow(p + 1);
        row.createCell(0).setCellValue(process[0]);
        row.createCell(1).setCellValue(process[1]);
        for (int c = 2; c <= 4; c++) {
          row.createCell(c)
              .setCellValue(Integer.parseInt(process[c]) + (n % 3) * (c == 2 ? 12 : 0));
        }
        if (!(n % 4 == 3 && p == 2)) {
          row.createCell(5).setCellValue(process[5]);
        }
        row.createCell(6).setCellValue(process[6]);
        row.createCell(7).setCellValue("Diensthoofd en twee medewerkers");
        row.createCell(8).setCellValue("Administratief centrum " + municipality);
        for (int c = 9; c < headers.size(); c++) {
          row.createCell(c).setCellValue(Math.min(5, 1 + p % 3 + (c - 9)));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
