package jp.juchu.user.web;

import jp.juchu.core.DomainException;
import jp.juchu.user.Role;
import jp.juchu.user.UserManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/users")
class UserScreenController {

    private final UserManagement users;

    UserScreenController(UserManagement users) {
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Role.values());
        return "user/list";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
                  @RequestParam(required = false) Role role, Model model, RedirectAttributes redirect) {
        try {
            users.create(username, displayName, password, role);
        } catch (DomainException ex) {
            model.addAttribute("fieldErrors", java.util.Map.of(ex.field() == null ? "" : ex.field(), ex.getMessage()));
            model.addAttribute("form", java.util.Map.of("username", username, "displayName", displayName));
            return list(model);
        }
        redirect.addFlashAttribute("message", "ユーザー「" + username + "」を作成しました");
        return "redirect:/users";
    }

    @PostMapping("/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        users.setEnabled(username, enabled);
        redirect.addFlashAttribute("message", "ユーザー「" + username + "」を" + (enabled ? "有効" : "無効") + "にしました");
        return "redirect:/users";
    }
}
