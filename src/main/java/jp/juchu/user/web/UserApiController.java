package jp.juchu.user.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import jp.juchu.user.Role;
import jp.juchu.user.UserAccount;
import jp.juchu.user.UserManagement;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class UserApiController {

    private final UserManagement users;

    UserApiController(UserManagement users) {
        this.users = users;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return users.all().stream().map(UserApiController::json).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@Valid @RequestBody NewUser request) {
        return json(users.create(request.username(), request.displayName(), request.password(), request.role()));
    }

    record NewUser(
            @NotBlank(message = "ユーザーIDを入力してください") String username,
            @NotBlank(message = "担当者名を入力してください") String displayName,
            @NotBlank(message = "パスワードを入力してください") String password,
            @NotNull(message = "権限を選択してください") Role role) {
    }

    private static Map<String, Object> json(UserAccount account) {
        return Map.of("username", account.getUsername(), "displayName", account.getDisplayName(),
                "role", account.getRole().name(), "enabled", account.isEnabled());
    }
}
