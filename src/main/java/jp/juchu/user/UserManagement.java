package jp.juchu.user;

import java.util.List;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and maintains the people who may log in. */
@Service
public class UserManagement {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;

    UserManagement(UserAccounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAllByOrderByUsername();
    }

    @Transactional
    public UserAccount create(String username, String displayName, String rawPassword, Role role) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,64}")) {
            throw new InvalidInputException("username", "ユーザーIDは半角英数字と . _ - で3〜64文字にしてください");
        }
        if (accounts.existsByUsername(username)) {
            throw new ConflictException("username", "ユーザーID「" + username + "」は既に使われています");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("displayName", "担当者名を入力してください");
        }
        if (role == null) {
            throw new InvalidInputException("role", "権限を選択してください");
        }
        requireStrong(rawPassword);
        return accounts.save(new UserAccount(username, displayName.strip(), passwordEncoder.encode(rawPassword), role));
    }

    @Transactional
    public void changePassword(String username, String rawPassword) {
        requireStrong(rawPassword);
        find(username).changePassword(passwordEncoder.encode(rawPassword));
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        find(username).setEnabled(enabled);
    }

    boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    private UserAccount find(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("ユーザー「" + username + "」は存在しません"));
    }

    private static void requireStrong(String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "パスワードは" + MIN_PASSWORD_LENGTH + "文字以上にしてください");
        }
    }
}
