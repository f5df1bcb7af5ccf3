package jp.juchu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class RememberingPasswordCheckTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername("operator").password(bcrypt.encode("secret")).roles("OPERATOR").build());
    private final RememberingPasswordCheck check = new RememberingPasswordCheck(users, counting);

    @Test
    void aVerifiedPasswordIsNotCheckedAgain() {
        Authentication first = check.authenticate(login("operator", "secret"));
        Authentication second = check.authenticate(login("operator", "secret"));

        assertThat(checks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_OPERATOR");
        assertThat(second.getCredentials()).isNull();
        assertThat(first.getName()).isEqualTo("operator");
    }

    @Test
    void aWrongPasswordIsRefusedEveryTime() {
        check.authenticate(login("operator", "secret"));
        assertThatThrownBy(() -> check.authenticate(login("operator", "secreT"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> check.authenticate(login("operator", "secreT"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> check.authenticate(login("nobody", "secret"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aChangedPasswordRolesOrAccountApplyAtOnce() {
        check.authenticate(login("operator", "secret"));

        users.updateUser(User.withUsername("operator").password(bcrypt.encode("new")).roles("ADMIN").build());
        assertThatThrownBy(() -> check.authenticate(login("operator", "secret"))).isInstanceOf(BadCredentialsException.class);
        assertThat(check.authenticate(login("operator", "new")).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_ADMIN");

        users.updateUser(User.withUsername("operator").password(users.loadUserByUsername("operator").getPassword())
                .roles("ADMIN").disabled(true).build());
        assertThatThrownBy(() -> check.authenticate(login("operator", "new"))).isInstanceOf(DisabledException.class);
    }

    private static UsernamePasswordAuthenticationToken login(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }
}
