package be.vlaanderen.crt.portal.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a temporary file while its SHA-256 and size are computed in the same pass,
 * with a fixed 64 KB buffer: memory stays constant whatever the file size. Reading stops as soon as
 * the size limit is passed. The temporary file is deleted on {@link #close()}.
 */
public final class StagedUpload implements AutoCloseable {

  private static final int BUFFER = 64 * 1024;

  private final Path file;
  private final long size;
  private final String sha256;

  private StagedUpload(Path file, long size, String sha256) {
    this.file = file;
    this.size = size;
    this.sha256 = sha256;
  }

  /**
   * Copies the stream to a new temporary file in {@code directory}.
   *
   * @throws TooLargeException when the stream holds more than {@code maxBytes}; nothing is left
   *     behind
   */
  public static StagedUpload stage(InputStream in, long maxBytes, Path directory)
      throws TooLargeException {
    Path file = null;
    try {
      file = Files.createTempFile(directory, "upload-", ".part");
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      long total = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = in.read(buffer)) != -1) {
          total += read;
          if (total > maxBytes) {
            throw new TooLargeException(maxBytes);
          }
          out.write(buffer, 0, read);
        }
      }
      StagedUpload staged =
          new StagedUpload(file, total, HexFormat.of().formatHex(digest.digest()));
      file = null;
      return staged;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stage the upload", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    } finally {
      deleteQuietly(file);
    }
  }

  public Path path() {
    return file;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  @Override
  public void close() {
    deleteQuietly(file);
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A left-over temporary file holds nothing that is not also refused or stored; the OS cleans
      // its temp dir.
    }
  }

  /** The upload passed the size limit. */
  public static final class TooLargeException extends Exception {
    private final long maxBytes;

    public TooLargeException(long maxBytes) {
      super("Upload larger than " + maxBytes + " bytes");
      this.maxBytes = maxBytes;
    }

    public long maxBytes() {
      return maxBytes;
    }
  }
}
