package jp.juchu.payment.web;

import java.util.List;
import jp.juchu.payment.DeferredProvider;
import jp.juchu.payment.DeferredProviderSettingInput;
import jp.juchu.payment.DeferredProviderSettingView;
import jp.juchu.payment.DeferredProviderSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 後払い設定 (ADMIN): per provider the 請求書同梱 default and NP後払い's credentials (never returned in clear). */
@RestController
@RequestMapping("/api/deferred-providers")
class DeferredProviderApiController {

    private final DeferredProviderSettings settings;

    DeferredProviderApiController(DeferredProviderSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    List<DeferredProviderSettingView> all() {
        return settings.all();
    }

    @GetMapping("/{provider}")
    DeferredProviderSettingView one(@PathVariable String provider) {
        return settings.get(DeferredProvider.parse("provider", provider));
    }

    @PutMapping("/{provider}")
    DeferredProviderSettingView update(@PathVariable String provider, @RequestBody DeferredProviderSettingInput input) {
        return settings.update(DeferredProvider.parse("provider", provider), input);
    }
}
