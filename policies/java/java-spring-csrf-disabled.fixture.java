class SecurityConfig {
    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        // ruleid: java-spring-csrf-disabled
        http.csrf().disable();
        // ruleid: java-spring-csrf-disabled
        http.csrf(csrf -> csrf.disable());
        // ruleid: java-spring-csrf-disabled
        http.csrf(AbstractHttpConfigurer::disable);
        // ok: java-spring-csrf-disabled
        http.csrf(Customizer.withDefaults());
        // ok: java-spring-csrf-disabled
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/webhooks/**"));
        // ok: java-spring-csrf-disabled
        http.cors().disable();
        return http.build();
    }
}
