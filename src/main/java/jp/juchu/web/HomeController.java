package jp.juchu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String dashboard() {
        return "dashboard";
    }

    @GetMapping("/settings")
    String settings() {
        return "settings/index";
    }
}
