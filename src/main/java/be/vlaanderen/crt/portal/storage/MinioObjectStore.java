package be.vlaanderen.crt.portal.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link ObjectStore} on any S3-compatible server (MinIO in production, S3Proxy in tests and the
 * demo).
 */
@ApplicationScoped
public class MinioObjectStore implements ObjectStore {

  @Inject
  @ConfigProperty(name = "crt.s3.endpoint")
  String endpoint;

  @Inject
  @ConfigProperty(name = "crt.s3.access-key")
  String accessKey;

  @Inject
  @ConfigProperty(name = "crt.s3.secret-key")
  String secretKey;

  @Inject
  @ConfigProperty(name = "crt.s3.region")
  String region;

  @Inject
  @ConfigProperty(name = "crt.s3.bucket")
  String bucket;

  /** An existing object older than this is written again by a new upload of the same bytes. */
  static final java.time.Duration REFRESH_AFTER = java.time.Duration.ofHours(1);

  private MinioClient client;
  private io.minio.MinioAsyncClient admin;
  private volatile boolean bucketChecked;

  @PostConstruct
  void connect() {
    client =
        MinioClient.builder()
            .endpoint(endpoint)
            .region(region)
            .credentials(accessKey, secretKey)
            .build();
    admin =
        io.minio.MinioAsyncClient.builder()
            .endpoint(endpoint)
            .region(region)
            .credentials(accessKey, secretKey)
            .build();
    // Fail fast when the store is down: an upload must get a clear answer, not hang.
    client.setTimeout(
        TimeUnit.SECONDS.toMillis(5), TimeUnit.MINUTES.toMillis(2), TimeUnit.MINUTES.toMillis(2));
  }

  @Override
  public void putIfAbsent(String key, Path file, long size, String contentType) {
    ensureBucket();
    StoredObject existing = stat(key);
    if (existing != null
        && existing.size() == size
        && existing.lastModified() != null
        && existing.lastModified().isAfter(java.time.Instant.now().minus(REFRESH_AFTER))) {
      return;
    }
    // Written again when it is older: identical bytes, but a fresh date, so an object that was an
    // orphan until this upload is never inside the grace period of an orphan removal.
    try {
      client.uploadObject(
          UploadObjectArgs.builder()
              .bucket(bucket)
              .object(key)
              .filename(file.toString(), partSize(size))
              .contentType(contentType)
              .build());
    } catch (Exception e) {
      throw unavailable("store " + key, e);
    }
  }

  /**
   * The part size for a file of {@code size} bytes: the whole file in one PUT up to {@value
   * #SINGLE_PUT_MAX} bytes (the client streams a file part from disk, it does not hold it in
   * memory), larger files in parts of that size. The client's default cut a 45 MiB upload into nine
   * 5 MiB parts, each a request of its own plus the start and the completion.
   */
  static long partSize(long size) {
    return Math.max(MIN_PART, Math.min(size, SINGLE_PUT_MAX));
  }

  /** S3's smallest part. */
  static final long MIN_PART = 5L * 1024 * 1024;

  /** Up to this size a file is stored with one PUT. */
  static final long SINGLE_PUT_MAX = 512L * 1024 * 1024;

  @Override
  public InputStream open(String key) {
    try {
      return client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
    } catch (ErrorResponseException e) {
      if (isMissing(e)) {
        throw new ObjectMissingException(key);
      }
      throw unavailable("read " + key, e);
    } catch (Exception e) {
      throw unavailable("read " + key, e);
    }
  }

  /** The object's size and date, or null when there is none under that key. */
  private StoredObject stat(String key) {
    try {
      var stat = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
      return new StoredObject(
          key, stat.size(), stat.lastModified() == null ? null : stat.lastModified().toInstant());
    } catch (ErrorResponseException e) {
      if (isMissing(e)) {
        return null;
      }
      throw unavailable("inspect " + key, e);
    } catch (Exception e) {
      throw unavailable("inspect " + key, e);
    }
  }

  @Override
  public long sizeOf(String key) {
    try {
      return client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()).size();
    } catch (ErrorResponseException e) {
      if (isMissing(e)) {
        return -1;
      }
      throw unavailable("inspect " + key, e);
    } catch (Exception e) {
      throw unavailable("inspect " + key, e);
    }
  }

  @Override
  public java.util.List<StoredObject> list(String prefix) {
    ensureBucket();
    java.util.List<StoredObject> objects = new java.util.ArrayList<>();
    try {
      for (var result :
          client.listObjects(
              ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).build())) {
        var item = result.get();
        objects.add(
            new StoredObject(
                item.objectName(),
                item.size(),
                item.lastModified() == null ? null : item.lastModified().toInstant()));
      }
    } catch (Exception e) {
      throw unavailable("list " + prefix, e);
    }
    return objects;
  }

  @Override
  public void delete(String key) {
    try {
      client.removeObject(io.minio.RemoveObjectArgs.builder().bucket(bucket).object(key).build());
    } catch (Exception e) {
      throw unavailable("remove " + key, e);
    }
  }

  @Override
  public Set<String> keys(String prefix) {
    ensureBucket();
    Set<String> keys = new HashSet<>();
    try {
      for (var result :
          client.listObjects(
              ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).build())) {
        keys.add(result.get().objectName());
      }
    } catch (Exception e) {
      throw unavailable("list " + prefix, e);
    }
    return keys;
  }

  @Override
  public int abortUploadsOlderThan(java.time.Instant before) {
    ensureBucket();
    int aborted = 0;
    try {
      String keyMarker = null;
      String uploadIdMarker = null;
      for (int page = 0; page < 100; page++) {
        // (bucket, region, delimiter, encodingType, keyMarker, maxUploads, prefix, uploadIdMarker)
        var listed =
            admin
                .listMultipartUploadsAsync(
                    bucket, region, null, null, keyMarker, 1000, null, uploadIdMarker, null, null)
                .get(30, TimeUnit.SECONDS)
                .result();
        for (io.minio.messages.Upload upload : listed.uploads()) {
          if (upload.initiated() != null && upload.initiated().toInstant().isBefore(before)) {
            admin
                .abortMultipartUploadAsync(
                    bucket, region, upload.objectName(), upload.uploadId(), null, null)
                .get(30, TimeUnit.SECONDS);
            aborted++;
          }
        }
        if (!listed.isTruncated()) {
          break;
        }
        keyMarker = listed.nextKeyMarker();
        uploadIdMarker = listed.nextUploadIdMarker();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("abort stale uploads", e);
    } catch (Exception e) {
      throw unavailable("abort stale uploads", e);
    }
    return aborted;
  }

  @Override
  public boolean isReachable() {
    try {
      client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean isMissing(ErrorResponseException e) {
    String code = e.errorResponse().code();
    return "NoSuchKey".equals(code) || "NoSuchObject".equals(code) || "NoSuchBucket".equals(code);
  }

  private void ensureBucket() {
    if (bucketChecked) {
      return;
    }
    try {
      if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
        client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
      }
      bucketChecked = true;
    } catch (ErrorResponseException e) {
      if ("BucketAlreadyOwnedByYou".equals(e.errorResponse().code())) {
        bucketChecked = true;
        return;
      }
      throw unavailable("create bucket " + bucket, e);
    } catch (Exception e) {
      throw unavailable("reach bucket " + bucket, e);
    }
  }

  private StorageUnavailableException unavailable(String what, Exception cause) {
    return new StorageUnavailableException(
        "Object store at " + endpoint + " could not " + what + ": " + cause, cause);
  }
}
