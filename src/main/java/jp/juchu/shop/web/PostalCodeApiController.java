package jp.juchu.shop.web;

import java.io.IOException;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.shop.PostalCodeSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 郵便番号データ (KEN_ALL) over HTTP: upload as a job, how much is stored, and clearing it. */
@RestController
@RequestMapping("/api/postal-codes")
class PostalCodeApiController {

    private final PostalCodeSettings settings;

    PostalCodeApiController(PostalCodeSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    Map<String, Object> status() {
        return Map.of("entries", settings.count());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> upload(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "KEN_ALL.CSV（日本郵便の郵便番号データ）を選択してください");
        }
        return Map.of("jobId", settings.submitUpload(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
    }

    @DeleteMapping
    Map<String, Object> clear() {
        return Map.of("deleted", settings.clear());
    }
}
