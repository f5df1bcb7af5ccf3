package jp.juchu.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Every engine bean exists only while the embedded engine is on ({@code juchu.engine.embedded}, default true). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@ConditionalOnProperty(name = "juchu.engine.embedded", havingValue = "true", matchIfMissing = true)
public @interface ConditionalOnEmbeddedEngine {
}
