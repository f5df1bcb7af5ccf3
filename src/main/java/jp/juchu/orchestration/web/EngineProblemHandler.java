package jp.juchu.orchestration.web;

import io.camunda.client.api.command.ClientHttpException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The engine's refusals in our API's error shape: an unknown task or incident is 404, a task already completed
 * or assigned to someone else is 409, a rejected command 400; anything else is a 502 (the engine failed).
 */
@RestControllerAdvice(basePackageClasses = ProcessApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(EngineProblemHandler.class);

    @ExceptionHandler(ClientHttpException.class)
    ResponseEntity<Map<String, Object>> engineRefused(ClientHttpException e) {
        String detail = EngineRefusal.detail(e);
        HttpStatus status = switch (e.code()) {
            case 400 -> HttpStatus.BAD_REQUEST;
            case 404 -> HttpStatus.NOT_FOUND;
            case 409 -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_GATEWAY;
        };
        if (status == HttpStatus.BAD_GATEWAY) {
            log.warn("プロセスエンジンのエラー: {} {}", e.code(), detail);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", switch (status) {
            case NOT_FOUND -> "not_found";
            case CONFLICT -> "conflict";
            case BAD_REQUEST -> "rejected";
            default -> "engine_error";
        });
        body.put("message", message(status, detail));
        return ResponseEntity.status(status).body(body);
    }

    private static String message(HttpStatus status, String detail) {
        String prefix = switch (status) {
            case NOT_FOUND -> "対象のタスクまたはインシデントはありません";
            case CONFLICT -> "対象は既に処理済みか、他の担当者が処理中です";
            case BAD_REQUEST -> "プロセスエンジンが操作を受け付けませんでした";
            default -> "プロセスエンジンでエラーが発生しました";
        };
        return detail == null || detail.isBlank() ? prefix : prefix + " (" + detail + ")";
    }
}
