package jp.juchu.shop.web;

import java.util.List;
import java.util.Map;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopManagement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 連携ショップ JSON API. Credentials are accepted but only ever answered masked. */
@RestController
@RequestMapping("/api/shops")
class ShopApiController {

    private final ShopDirectory directory;
    private final ShopManagement management;

    ShopApiController(ShopDirectory directory, ShopManagement management) {
        this.directory = directory;
        this.management = management;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return directory.allDetails().stream().map(ShopJson::of).toList();
    }

    @GetMapping("/{code}")
    Map<String, Object> get(@PathVariable String code) {
        return ShopJson.of(directory.details(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody ShopJson.ShopRequest request) {
        return ShopJson.of(management.create(ShopJson.input(request)));
    }

    @PutMapping("/{code}")
    Map<String, Object> update(@PathVariable String code, @RequestBody ShopJson.ShopRequest request) {
        return ShopJson.of(management.update(code, ShopJson.input(request)));
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String code) {
        management.delete(code);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
        return JsonFieldErrors.of(ex);
    }
}
