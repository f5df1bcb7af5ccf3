package jp.juchu.shop.web;

import java.util.Map;
import jp.juchu.shop.StoreProfile;
import jp.juchu.shop.StoreProfiles;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 店舗プロフィール JSON API; PUT replaces the whole profile. */
@RestController
@RequestMapping("/api/store-profile")
class StoreProfileApiController {

    private final StoreProfiles profiles;

    StoreProfileApiController(StoreProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    StoreProfile get() {
        return profiles.current();
    }

    @PutMapping
    StoreProfile update(@RequestBody StoreProfile request) {
        return profiles.update(request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
        return JsonFieldErrors.of(ex);
    }
}
