package jp.juchu.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.ConflictException;
import jp.juchu.core.DomainException;
import jp.juchu.core.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every JSON API error has the same shape: {@code {"error", "message", "field"}} (+ {@code errors} for several fields). */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> domain(DomainException ex) {
        HttpStatus status = ex instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : ex instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(body(ex.code(), ex.getMessage(), ex.field(), null));
    }

    /** Someone else (an operator or the order's process) changed the same record meanwhile: try again. */
    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, Object>> concurrentChange(org.springframework.dao.OptimisticLockingFailureException ex) {
        log.info("Concurrent change refused: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body("concurrent_change",
                "同時に他の処理がこのデータを更新しました。画面を開き直してもう一度お試しください", null, null));
    }

    /** The database ended the request's transaction to resolve a lock conflict (deadlock, lock wait timeout): try again. */
    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    ResponseEntity<Map<String, Object>> lockConflict(org.springframework.dao.PessimisticLockingFailureException ex) {
        log.info("Lock conflict: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body("concurrent_change",
                "同時に他の処理がこのデータを更新中でした。もう一度お試しください", null, null));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException ex) {
        List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiErrorHandler::fieldError).toList();
        Map<String, Object> first = errors.isEmpty() ? Map.of("field", "", "message", "入力内容に誤りがあります") : errors.get(0);
        return ResponseEntity.badRequest().body(body("invalid", (String) first.get("message"), (String) first.get("field"), errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
        log.debug("Unreadable request body", ex);
        return ResponseEntity.badRequest().body(body("unreadable", "リクエストの形式が正しくありません (JSON を確認してください)", null, null));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return ResponseEntity.badRequest().body(body("invalid", "「" + ex.getName() + "」の値が正しくありません", ex.getName(), null));
    }

    private static Map<String, Object> fieldError(FieldError error) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("field", error.getField());
        map.put("message", error.getDefaultMessage());
        return map;
    }

    private static Map<String, Object> body(String code, String message, String field, List<Map<String, Object>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        body.put("field", field);
        if (errors != null && errors.size() > 1) {
            body.put("errors", errors);
        }
        return body;
    }
}
