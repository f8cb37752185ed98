package be.vlaanderen.crt.portal.platform.api;

/**
 * The body of every error answer of the API. {@code error} is stable for scripts, {@code message}
 * is for people.
 */
public record ApiError(String error, String message) {}
