package jp.juchu.engine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /v2/**} is the engine's API: stateless HTTP Basic, no CSRF, answered with Camunda's ProblemDetail on
 * 401/403. Accepted callers: the engine client ({@code juchu.engine.client-id}/{@code client-secret}, which the
 * app's Camunda client sends) and users with role ADMIN. Runs before the app's own chains.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedEngine
class EngineSecurityConfiguration {

    static final String ENGINE_CLIENT_ROLE = "ENGINE_CLIENT";

    @Bean
    @Order(5)
    SecurityFilterChain engineApiChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
            @Value("${juchu.engine.client-id}") String clientId,
            @Value("${juchu.engine.client-secret}") String clientSecret) throws Exception {
        DaoAuthenticationProvider userProvider = new DaoAuthenticationProvider(users);
        userProvider.setPasswordEncoder(encoder);
        ProviderManager authentication = new ProviderManager(new EngineClientProvider(clientId, clientSecret), userProvider);
        http.securityMatcher("/v2/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(ENGINE_CLIENT_ROLE, "ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(EngineSecurityConfiguration::unauthorized))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(EngineSecurityConfiguration::unauthorized)
                        .accessDeniedHandler((request, response, denied) -> problem(request, response, 403, "Forbidden",
                                "The caller is not allowed to use the engine API")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.core.AuthenticationException ex) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Juchu engine\"");
        problem(request, response, 401, "Unauthorized", "Authentication required");
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks the configured engine client credentials in constant time. */
    private record EngineClientProvider(String clientId, String clientSecret) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            String name = authentication.getName();
            Object credentials = authentication.getCredentials();
            if (!clientId.equals(name) || credentials == null) {
                return null;
            }
            boolean matches = MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8),
                    credentials.toString().getBytes(StandardCharsets.UTF_8));
            if (!matches) {
                throw new BadCredentialsException("bad engine client credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(name, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + ENGINE_CLIENT_ROLE)));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
