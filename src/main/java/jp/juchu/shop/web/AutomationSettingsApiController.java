package jp.juchu.shop.web;

import jp.juchu.shop.AutomationSettings;
import jp.juchu.shop.AutomationSettingsInput;
import jp.juchu.shop.AutomationSettingsManagement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/automation-settings")
class AutomationSettingsApiController {

    private final AutomationSettingsManagement settings;

    AutomationSettingsApiController(AutomationSettingsManagement settings) {
        this.settings = settings;
    }

    @GetMapping
    AutomationSettings get() {
        return settings.current();
    }

    @PutMapping
    AutomationSettings update(@RequestBody AutomationSettingsInput input) {
        return settings.update(input);
    }
}
