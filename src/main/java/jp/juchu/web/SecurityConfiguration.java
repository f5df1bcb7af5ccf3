package jp.juchu.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Screens use form login with CSRF protection; {@code /api/**} is a stateless JSON API with HTTP
 * Basic (no session, so no CSRF token is needed or accepted as a substitute for credentials).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ADMIN = "ADMIN";
    static final String OPERATOR = "OPERATOR";

    @Bean
    RememberingPasswordCheck passwordCheck(UserDetailsService users, PasswordEncoder passwords) {
        return new RememberingPasswordCheck(users, passwords);
    }

    @Bean
    @Order(10)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/users/**", "/api/operation-log/**", "/api/demo-data").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(ADMIN, OPERATOR)
                        .requestMatchers(SettingsPaths.OPERATOR_WORK_UNDER_SETTINGS).hasAnyRole(ADMIN, OPERATOR)
                        .requestMatchers(SettingsPaths.API).hasRole(ADMIN)
                        .anyRequest().hasAnyRole(ADMIN, OPERATOR))
                .httpBasic(basic -> basic.authenticationEntryPoint(jsonUnauthorized(json)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(jsonUnauthorized(json))
                        .accessDeniedHandler(jsonForbidden(json)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(20)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(ADMIN))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(100)
    SecurityFilterChain screenChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(SettingsPaths.SCREENS).hasRole(ADMIN)
                        .anyRequest().hasAnyRole(ADMIN, OPERATOR))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    private static AuthenticationEntryPoint jsonUnauthorized(ObjectMapper json) {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Juchu\"");
            writeError(json, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "ログインが必要です");
        };
    }

    private static AccessDeniedHandler jsonForbidden(ObjectMapper json) {
        return (request, response, ex) ->
                writeError(json, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "この操作を行う権限がありません");
    }

    private static void writeError(ObjectMapper json, HttpServletResponse response, int status, String code, String message)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Map.of("error", code, "message", message));
    }
}
