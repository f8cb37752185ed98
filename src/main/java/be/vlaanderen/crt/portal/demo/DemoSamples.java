package be.vlaanderen.crt.portal.demo;

import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.review.Assessments;
import be.vlaanderen.crt.portal.review.RemarkInput;
import be.vlaanderen.crt.portal.review.RemarkKind;
import be.vlaanderen.crt.portal.review.ReviewService;
import be.vlaanderen.crt.portal.review.RoundReleases;
import be.vlaanderen.crt.portal.review.Visibility;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Demo documents with feedback, so the review can be tried at once: Brugge's BCP with released
 * remarks (log in as brugge to read and reply) and Aalst's BCP with draft remarks (log in as expert
 * to go on and release). Only with {@code crt.demo.samples=true}.
 */
@ApplicationScoped
public class DemoSamples {

  static final String RTO =
      "Voor de dienst burgerzaken (identiteitskaarten, uittreksels, aangiftes) bedraagt de RTO vier uur.";
  static final String MTPD =
      "De maximale tolereerbare periode van verstoring (MTPD) voor de uitbetaling van het leefloon is twee werkdagen.";
  static final String BACKUP =
      "Van alle servers wordt dagelijks een back-up genomen die buiten de site wordt bewaard.";
  static final String SUPPLIER =
      "Met de leverancier van de financi\u00eble software is geen hersteltijd contractueel vastgelegd.";
  static final String CRISIS =
      "Bij een crisis co\u00f6rdineert de communicatieambtenaar alle berichtgeving naar de bevolking via de website, sociale media en BE-Alert.";
  static final String EXERCISE =
      "Het plan wordt jaarlijks getest met een tafeloefening waarbij het managementteam een uitval van het netwerk naspeelt.";

  @Inject SubmissionService submissions;

  @Inject ReviewService review;

  @Inject RoundReleases releases;

  @Inject Assessments assessments;

  void create(
      UserAccount aalst,
      UserAccount brugge,
      UserAccount expert,
      UserAccount coordinator,
      long bcpAssignment) {
    long bruggeBcp = upload(brugge, bcpAssignment, "BCP Brugge.docx", plan("Brugge"));
    remark(
        expert,
        bruggeBcp,
        RemarkKind.QUESTION,
        Theme.MTPD_RTO_RPO,
        Visibility.MUNICIPALITY,
        "Hoe kwam u tot vier uur? Steunt dit op de BIA-workshop of op een inschatting van de dienst zelf?",
        RTO);
    remark(
        expert,
        bruggeBcp,
        RemarkKind.REMARK,
        Theme.SUPPLIERS,
        Visibility.MUNICIPALITY,
        "Leg een hersteltijd vast in het contract (SLA) en vraag de leverancier naar zijn eigen continu\u00efteitsplan.",
        SUPPLIER);
    remark(
        expert,
        bruggeBcp,
        RemarkKind.GOOD_PRACTICE,
        Theme.EXERCISE_MAINTENANCE,
        Visibility.MUNICIPALITY,
        "Sterk: een jaarlijkse tafeloefening met het managementteam. Noteer ook wat u na de oefening aanpaste.",
        EXERCISE);
    remark(
        expert,
        bruggeBcp,
        RemarkKind.REMARK,
        Theme.ICT_DEPENDENCIES,
        Visibility.INTERNAL,
        "Intern: nagaan of de back-up ook offline (air-gapped) bewaard wordt; bespreken op de volgende workshop.",
        BACKUP);
    assessments.saveAssessment(
        expert,
        bruggeBcp,
        "Een degelijk eerste plan met duidelijke hersteltijden. Werk de afspraken met leveranciers verder uit en onderbouw de RTO's met de BIA.");
    releases.release(expert, bruggeBcp);

    long aalstBcp = upload(aalst, bcpAssignment, "BCP Aalst.docx", plan("Aalst"));
    remark(
        expert,
        aalstBcp,
        RemarkKind.QUESTION,
        Theme.CRISIS_COMMUNICATION,
        Visibility.MUNICIPALITY,
        "Wie neemt de communicatie over als de communicatieambtenaar zelf niet bereikbaar is?",
        CRISIS);
    remark(
        coordinator,
        aalstBcp,
        RemarkKind.REMARK,
        Theme.MTPD_RTO_RPO,
        Visibility.MUNICIPALITY,
        "Twee werkdagen lijkt lang voor het leefloon; bekijk dit opnieuw met het OCMW.",
        MTPD);
  }

  private long upload(UserAccount who, long assignment, String name, byte[] content) {
    DocumentVersion version =
        submissions.upload(who, assignment, name, new ByteArrayInputStream(content));
    return version.getSubmission().getId();
  }

  private void remark(
      UserAccount author,
      long submission,
      RemarkKind kind,
      Theme theme,
      Visibility visibility,
      String text,
      String quote) {
    review.add(
        author,
        submission,
        new RemarkInput(kind, theme, visibility, text, null, null, quote, null, null));
  }

  /** A short but realistic BCP, with the municipality's name in it. */
  static byte[] plan(String municipality) {
    List<String[]> parts =
        List.of(
            new String[] {"h", "1. Inleiding en toepassingsgebied"},
            new String[] {
              "p",
              "Dit bedrijfscontinu\u00efteitsplan (BCP) van de stad "
                  + municipality
                  + " beschrijft hoe de dienstverlening aan burgers en ondernemingen doorgaat wanneer een ernstig incident zich voordoet, zoals een cyberaanval, een brand of de uitval van het netwerk. Het plan geldt voor alle diensten van stad en OCMW."
            },
            new String[] {"h", "2. Crisisorganisatie en rollen"},
            new String[] {
              "p",
              "De algemeen directeur leidt de crisiscel en is eindverantwoordelijk voor de uitvoering van dit plan. De ICT-co\u00f6rdinator en de noodplanningsco\u00f6rdinator zijn vaste leden."
            },
            new String[] {"h", "3. Kritieke processen en hersteltijden"},
            new String[] {
              "p",
              RTO
                  + " "
                  + MTPD
                  + " Voor de afvalophaling aanvaardt het bestuur een onderbreking van een week."
            },
            new String[] {"h", "4. ICT-afhankelijkheden en herstel"},
            new String[] {
              "p",
              "De toepassingen voor burgerzaken draaien in het datacenter van de intergemeentelijke vereniging. "
                  + BACKUP
                  + " Bij uitval van het netwerk schakelt het stadhuis over op een tweede internetverbinding."
            },
            new String[] {"h", "5. Leveranciers"},
            new String[] {
              "p", "De financi\u00eble software wordt als clouddienst afgenomen. " + SUPPLIER
            },
            new String[] {"h", "6. Crisiscommunicatie"},
            new String[] {
              "p", CRISIS + " Het personeel wordt ingelicht via sms en de personeelsapp."
            },
            new String[] {"h", "7. Oefenen en onderhoud"},
            new String[] {
              "p",
              EXERCISE
                  + " Na elke oefening wordt het plan bijgewerkt en opnieuw goedgekeurd door het college."
            });
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String[] part : parts) {
        XWPFParagraph paragraph = doc.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setText(part[1]);
        if ("h".equals(part[0])) {
          run.setBold(true);
          run.setFontSize(14);
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
