package be.vlaanderen.crt.portal.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transactional service method that runs its whole transaction again when the database chose it
 * as a deadlock victim or it waited too long for a lock: normal events when several clients write
 * at once, not failures to show the user. Put it next to {@code @Transactional}; it only retries
 * where it starts the transaction (an outer transaction is retried by its own caller).
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnDeadlock {}
