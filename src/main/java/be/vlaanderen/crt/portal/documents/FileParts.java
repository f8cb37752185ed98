package be.vlaanderen.crt.portal.documents;

import be.vlaanderen.crt.portal.documents.UploadRefusedException.Reason;
import be.vlaanderen.crt.portal.platform.api.RequestBodyLimitFilter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;

/** The multipart field {@code file} of an upload, refused early when it cannot be one. */
public final class FileParts {

  /** Room for the multipart boundaries and headers around the file. */
  public static final long MULTIPART_OVERHEAD = RequestBodyLimitFilter.MULTIPART_OVERHEAD;

  private FileParts() {}

  /**
   * @throws UploadRefusedException no file field, not multipart, or larger than {@code maxBytes}
   */
  public static Part required(HttpServletRequest request, long maxBytes) throws IOException {
    if (request.getContentLengthLong() > maxBytes + MULTIPART_OVERHEAD) {
      throw tooLarge(maxBytes);
    }
    try {
      Part part = request.getPart("file");
      if (part == null) {
        throw new UploadRefusedException(Reason.NO_FILE);
      }
      return part;
    } catch (IllegalStateException e) {
      throw tooLarge(maxBytes);
    } catch (ServletException notMultipart) {
      throw new UploadRefusedException(Reason.NO_FILE);
    }
  }

  private static UploadRefusedException tooLarge(long maxBytes) {
    return new UploadRefusedException(
        Reason.TOO_LARGE, "", Long.toString(maxBytes / (1024 * 1024)));
  }
}
