package jp.juchu.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password login (form and HTTP Basic) that does not run BCrypt again for a password it has already verified.
 *
 * <p>The JSON API is stateless, so HTTP Basic checks the password on every request, and one BCrypt check costs
 * tens of milliseconds of CPU: a client polling a job twice a second kept most of a core busy. A verified pair is
 * remembered as a SHA-256 digest of user and password, together with the stored hash it was verified against. The
 * account is read again on every request, so a changed password (other stored hash), a disabled account or
 * changed roles apply at once. At most {@value #REMEMBERED} pairs are kept, in memory only.
 */
final class RememberingPasswordCheck implements AuthenticationProvider {

    static final int REMEMBERED = 1_000;

    private final UserDetailsService users;
    private final PasswordEncoder passwords;
    private final AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();
    private final Map<String, String> verified = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** An unknown user costs the same check as a wrong password, so response times do not reveal user names. */
    private final String unknownUserHash;

    RememberingPasswordCheck(UserDetailsService users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        UserDetails user;
        try {
            user = users.loadUserByUsername(name);
        } catch (UsernameNotFoundException e) {
            passwords.matches(password, unknownUserHash);
            throw new BadCredentialsException("Bad credentials");
        }
        String key = digest(name, password);
        String storedHash = user.getPassword();
        if (storedHash == null || !storedHash.equals(verified.get(key))) {
            if (storedHash == null || !passwords.matches(password, storedHash)) {
                throw new BadCredentialsException("Bad credentials");
            }
            verified.put(key, storedHash);
        }
        accountStatus.check(user);
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String digest(String name, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
