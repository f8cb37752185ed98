/**
 * Object storage (S3 through the MinIO client): content-addressed keys, writes, reads and
 * reconciliation.
 */
package be.vlaanderen.crt.portal.storage;
