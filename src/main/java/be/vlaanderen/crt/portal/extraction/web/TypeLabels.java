package be.vlaanderen.crt.portal.extraction.web;

import be.vlaanderen.crt.portal.extraction.DocumentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@code #{typeLabels.of(mediaType)}}: a document type as people name it ("PDF", "Word"). */
@Named
@ApplicationScoped
public class TypeLabels {

  public String of(String mediaType) {
    return DocumentType.ofMediaType(mediaType).map(DocumentType::label).orElse(mediaType);
  }
}
