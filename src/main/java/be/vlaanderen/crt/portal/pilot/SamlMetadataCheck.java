package be.vlaanderen.crt.portal.pilot;

import be.vlaanderen.crt.portal.pilot.Finding.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks SAML 2.0 metadata of an application before it is connected to the Flemish access
 * management: parsed safely (no DOCTYPE, no external entities, no network), validated against the
 * OASIS SAML 2.0 metadata schema shipped with the portal, then: an entityID, HTTPS for every
 * AssertionConsumerService, signing and encryption certificates with their expiry (warning under
 * {@value #WARN_DAYS} days, error when expired), and the NameID formats listed.
 */
public final class SamlMetadataCheck {

  static final int WARN_DAYS = 60;
  static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
  static final String DS = "http://www.w3.org/2000/09/xmldsig#";
  static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The largest metadata file that is read (2 MB). */
  public static final int MAX_BYTES_PUBLIC = MAX_BYTES;

  private static final Schema SCHEMA = loadSchema();

  private SamlMetadataCheck() {}

  /** The findings for the metadata, judged at {@code now} (certificates expire). */
  public static List<Finding> check(byte[] metadata, Instant now) {
    List<Finding> findings = new ArrayList<>();
    if (metadata == null || metadata.length == 0) {
      findings.add(new Finding(Severity.ERROR, "EMPTY", 0, "Het bestand is leeg."));
      return findings;
    }
    if (metadata.length > MAX_BYTES) {
      findings.add(
          new Finding(
              Severity.ERROR, "TOO_LARGE", 0, "Metadata groter dan 2 MB worden niet gelezen."));
      return findings;
    }
    Collector collected = new Collector();
    try {
      parser().parse(new ByteArrayInputStream(metadata), collected);
    } catch (SAXParseException e) {
      findings.add(new Finding(Severity.ERROR, "NOT_XML", e.getLineNumber(), notXml(e)));
      return findings;
    } catch (SAXException | IOException e) {
      findings.add(new Finding(Severity.ERROR, "NOT_XML", 0, "Het bestand is geen leesbare XML."));
      return findings;
    }
    validate(metadata, findings);
    if (!collected.rootIsMetadata) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "NOT_METADATA",
              1,
              "Dit is geen SAML-metadata: het hoofdelement is geen md:EntityDescriptor of md:EntitiesDescriptor."));
      return findings;
    }
    if (collected.entityId == null || collected.entityId.isBlank()) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "NO_ENTITY_ID",
              collected.entityLine,
              "Het element md:EntityDescriptor heeft geen entityID."));
    } else {
      findings.add(
          new Finding(
              Severity.INFO, "ENTITY_ID", collected.entityLine, "entityID: " + collected.entityId));
    }
    if (collected.acs.isEmpty() && collected.spDescriptor) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "NO_ACS",
              collected.spLine,
              "md:SPSSODescriptor heeft geen md:AssertionConsumerService."));
    }
    for (String[] acs : collected.acs) {
      String location = acs[0];
      int line = Integer.parseInt(acs[1]);
      if (location == null || !location.startsWith("https://")) {
        findings.add(
            new Finding(
                Severity.ERROR,
                "ACS_NOT_HTTPS",
                line,
                "md:AssertionConsumerService (regel "
                    + line
                    + ") gebruikt geen HTTPS: "
                    + location));
      }
    }
    for (String[] cert : collected.certificates) {
      certificate(cert[0], cert[1], Integer.parseInt(cert[2]), now, findings);
    }
    if (collected.nameIdFormats.isEmpty()) {
      findings.add(
          new Finding(
              Severity.WARNING,
              "NO_NAMEID_FORMAT",
              collected.spLine,
              "Er is geen md:NameIDFormat opgegeven; de bouwsteen kiest dan zelf."));
    } else {
      findings.add(
          new Finding(
              Severity.INFO,
              "NAMEID_FORMATS",
              0,
              "NameID-formaten: " + String.join(", ", collected.nameIdFormats)));
    }
    return findings;
  }

  private static void certificate(
      String base64, String use, int line, Instant now, List<Finding> findings) {
    String purpose =
        "encryption".equals(use) ? "versleutelcertificaat" : "ondertekeningscertificaat";
    X509Certificate cert;
    try {
      byte[] der = Base64.getMimeDecoder().decode(base64.strip());
      cert =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(der));
    } catch (IllegalArgumentException | CertificateException e) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "CERT_UNREADABLE",
              line,
              "Het " + purpose + " op regel " + line + " is geen geldig X.509-certificaat."));
      return;
    }
    Instant expiry = cert.getNotAfter().toInstant();
    LocalDate date = LocalDate.ofInstant(expiry, ZoneOffset.UTC);
    if (expiry.isBefore(now)) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "CERT_EXPIRED",
              line,
              "Het " + purpose + " op regel " + line + " is verlopen op " + date + "."));
    } else if (Duration.between(now, expiry).toDays() < WARN_DAYS) {
      findings.add(
          new Finding(
              Severity.WARNING,
              "CERT_EXPIRES_SOON",
              line,
              "Het "
                  + purpose
                  + " op regel "
                  + line
                  + " verloopt op "
                  + date
                  + ", binnen "
                  + WARN_DAYS
                  + " dagen. Vraag tijdig een nieuw aan."));
    } else {
      findings.add(
          new Finding(
              Severity.INFO,
              "CERT_VALID",
              line,
              "Het " + purpose + " op regel " + line + " is geldig tot " + date + "."));
    }
  }

  private static void validate(byte[] metadata, List<Finding> findings) {
    Validator validator = SCHEMA.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException ignored) {
      // The JDK's validator knows both properties.
    }
    List<SAXParseException> problems = new ArrayList<>();
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            problems.add(e);
          }

          @Override
          public void fatalError(SAXParseException e) {
            problems.add(e);
          }
        });
    try {
      validator.validate(new StreamSource(new ByteArrayInputStream(metadata)));
    } catch (SAXException | IOException e) {
      // Reported through the error handler.
    }
    problems.stream()
        .limit(20)
        .forEach(
            e ->
                findings.add(
                    new Finding(
                        Severity.ERROR,
                        "SCHEMA",
                        e.getLineNumber(),
                        "Regel "
                            + e.getLineNumber()
                            + " volgt het SAML 2.0-metadataschema niet: "
                            + e.getMessage())));
  }

  private static String notXml(SAXParseException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("DOCTYPE")) {
      return "Het bestand bevat een DOCTYPE; om veiligheidsredenen worden DTD's en entiteiten niet gelezen (regel "
          + e.getLineNumber()
          + ").";
    }
    return "Het bestand is geen geldige XML (regel "
        + e.getLineNumber()
        + ", kolom "
        + e.getColumnNumber()
        + ").";
  }

  private static SAXParser parser() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      return factory.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the checks need, with the line of each element. */
  private static final class Collector extends DefaultHandler {
    private Locator locator;
    private int depth;
    boolean rootIsMetadata;
    boolean spDescriptor;
    int spLine;
    String entityId;
    int entityLine = 1;
    final List<String[]> acs = new ArrayList<>();
    final List<String[]> certificates = new ArrayList<>();
    final List<String> nameIdFormats = new ArrayList<>();
    private String keyUse;
    private StringBuilder text;
    private int textLine;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      int line = locator == null ? 0 : locator.getLineNumber();
      if (depth++ == 0) {
        rootIsMetadata =
            MD.equals(uri)
                && ("EntityDescriptor".equals(local) || "EntitiesDescriptor".equals(local));
      }
      if (MD.equals(uri)) {
        switch (local) {
          case "EntityDescriptor" -> {
            if (entityId == null) {
              entityId = atts.getValue("entityID");
              entityLine = line;
            }
          }
          case "SPSSODescriptor" -> {
            spDescriptor = true;
            spLine = line;
          }
          case "AssertionConsumerService" ->
              acs.add(new String[] {atts.getValue("Location"), Integer.toString(line)});
          case "KeyDescriptor" -> keyUse = atts.getValue("use");
          case "NameIDFormat" -> {
            text = new StringBuilder();
            textLine = line;
          }
          default -> {}
        }
      } else if (DS.equals(uri) && "X509Certificate".equals(local)) {
        text = new StringBuilder();
        textLine = line;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (text != null && text.length() < 20_000) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      depth--;
      if (MD.equals(uri) && "NameIDFormat".equals(local) && text != null) {
        nameIdFormats.add(text.toString().strip());
        text = null;
      } else if (DS.equals(uri) && "X509Certificate".equals(local) && text != null) {
        certificates.add(new String[] {text.toString(), keyUse, Integer.toString(textLine)});
        text = null;
      } else if (MD.equals(uri) && "KeyDescriptor".equals(local)) {
        keyUse = null;
      }
    }
  }

  /**
   * The OASIS schemas from the portal's own resources: imports are resolved to those files, nothing
   * is fetched. Two W3C schemas name an external DTD in their DOCTYPE; that reference is removed
   * when they are read (their internal entity declarations stay).
   */
  private static Schema loadSchema() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setResourceResolver(
          (type, namespace, publicId, systemId, baseUri) -> {
            String name =
                systemId == null ? null : systemId.substring(systemId.lastIndexOf('/') + 1);
            if (name == null || SamlMetadataCheck.class.getResource("/saml/" + name) == null) {
              return null;
            }
            return input(name, systemId);
          });
      LSInput metadata = input("saml-schema-metadata-2.0.xsd", "saml-schema-metadata-2.0.xsd");
      return factory.newSchema(
          new StreamSource(metadata.getCharacterStream(), "saml-schema-metadata-2.0.xsd"));
    } catch (SAXException e) {
      throw new IllegalStateException("The shipped SAML schemas do not load", e);
    }
  }

  private static LSInput input(String name, String systemId) {
    String text;
    try (InputStream in = SamlMetadataCheck.class.getResourceAsStream("/saml/" + name)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String cleaned =
        text.replaceFirst("(<!DOCTYPE\\s+\\w+)\\s+PUBLIC\\s+\"[^\"]*\"\\s+\"[^\"]*\"", "$1")
            .replaceFirst("^<\\?xml[^>]*\\?>", "");
    return new LocalInput(systemId, cleaned);
  }

  /** A schema document served from memory. */
  private record LocalInput(String systemId, String text) implements LSInput {
    @Override
    public java.io.Reader getCharacterStream() {
      return new java.io.StringReader(text);
    }

    @Override
    public void setCharacterStream(java.io.Reader characterStream) {}

    @Override
    public InputStream getByteStream() {
      return null;
    }

    @Override
    public void setByteStream(InputStream byteStream) {}

    @Override
    public String getStringData() {
      return text;
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public void setBaseURI(String baseURI) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
