package jp.juchu.shipping.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.shipping.TrackingFiles;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** モール用 荷物番号ファイル over HTTP: {@code {"orderIds": [...], "again": false}} → the job that writes it. */
@RestController
class TrackingFileApiController {

    private final TrackingFiles files;

    TrackingFileApiController(TrackingFiles files) {
        this.files = files;
    }

    @PostMapping("/api/shops/{code}/tracking-files")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> create(@PathVariable String code, @RequestBody(required = false) JsonNode body) {
        List<Long> ids = new ArrayList<>();
        JsonNode orderIds = body == null ? null : body.path("orderIds");
        if (orderIds != null && orderIds.isArray()) {
            for (JsonNode id : orderIds) {
                if (!id.canConvertToLong()) {
                    throw new InvalidInputException("orderIds", "受注ID「" + id.asText() + "」は数値ではありません");
                }
                ids.add(id.asLong());
            }
        }
        boolean again = body != null && body.path("again").asBoolean(false);
        return Map.of("jobId", files.submit(code, ids, again));
    }

    @GetMapping("/api/shops/{code}/tracking-files/pending")
    Map<String, Object> pending(@PathVariable String code) {
        return Map.of("orderIds", files.pending(code));
    }
}
