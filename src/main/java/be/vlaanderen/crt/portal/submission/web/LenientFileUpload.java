package be.vlaanderen.crt.portal.submission.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.model.file.UploadedFile;

/**
 * PrimeFaces' upload without its file-name check. That check refuses names with {@code : " ? | <
 * >}, which are ordinary on a Mac ("BIA: versie 2.pdf"), with an English "File Error". The portal
 * never uses the name as a path: {@link be.vlaanderen.crt.portal.documents.FileNames} cleans it,
 * and the original is shown escaped. Registered for PrimeFaces' component type in faces-config.xml.
 */
public class LenientFileUpload extends FileUpload {

  @Override
  public void validateFilename(FacesContext context, UploadedFile file) {
    // Accepted as sent; cleaned by FileNames when stored.
  }
}
