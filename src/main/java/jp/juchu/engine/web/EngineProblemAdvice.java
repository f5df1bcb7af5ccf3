package jp.juchu.engine.web;

import java.net.URI;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.runtime.EngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Engine errors are Camunda's {@code application/problem+json} ({type,title,status,detail,instance}). */
@RestControllerAdvice(basePackages = "jp.juchu.engine.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnEmbeddedEngine
class EngineProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(EngineProblemAdvice.class);

    @ExceptionHandler(EngineException.class)
    ResponseEntity<ProblemDetail> engine(EngineException ex, jakarta.servlet.http.HttpServletRequest request) {
        return problem(ex.status(), ex.title(), ex.getMessage(), request);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestPartException.class, IllegalArgumentException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception ex, jakarta.servlet.http.HttpServletRequest request) {
        return problem(400, "INVALID_ARGUMENT", ex.getMessage(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, jakarta.servlet.http.HttpServletRequest request) {
        log.error("Engine request {} failed", request.getRequestURI(), ex);
        return problem(500, "INTERNAL_ERROR", ex.getClass().getSimpleName() + ": " + ex.getMessage(), request);
    }

    static ResponseEntity<ProblemDetail> problem(int status, String title, String detail,
            jakarta.servlet.http.HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        body.setTitle(title);
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
