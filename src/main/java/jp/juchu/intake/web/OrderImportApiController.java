package jp.juchu.intake.web;

import java.util.Map;
import jp.juchu.intake.OrderImports;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 受注取込 over HTTP: uploads mall files and answers with the job that imports them. */
@RestController
class OrderImportApiController {

    private final OrderImports imports;

    OrderImportApiController(OrderImports imports) {
        this.imports = imports;
    }

    @PostMapping("/api/shops/{code}/order-imports")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> upload(@PathVariable String code,
                               @RequestParam(value = "file", required = false) MultipartFile file,
                               @RequestParam(value = "items", required = false) MultipartFile items,
                               @RequestParam(value = "format", required = false) String format) {
        return Map.of("jobId", imports.submit(code, format, Uploads.of(file), Uploads.of(items)));
    }
}
