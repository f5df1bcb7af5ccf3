package jp.juchu.user;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start there is nobody to log in: create {@code admin} with the password from
 * {@code JUCHU_ADMIN_PASSWORD}, or with a generated one that is printed once to the log.
 */
@Component
@Order(0)
class InitialAdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdminAccount.class);
    static final String ADMIN = "admin";

    private final UserManagement users;
    private final String configuredPassword;

    InitialAdminAccount(UserManagement users, @Value("${juchu.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.exists(ADMIN)) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        users.create(ADMIN, "管理者", password, Role.ADMIN);
        if (generated) {
            log.warn("Created user 'admin' with generated password: {}  (set JUCHU_ADMIN_PASSWORD to choose one)", password);
        } else {
            log.info("Created user 'admin' with the password from JUCHU_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
