class Api {
    // ruleid: java-cors-permissive
    @CrossOrigin("*")
    @GetMapping("/me")
    User me() { return current(); }

    // ruleid: java-cors-permissive
    @CrossOrigin(origins = "*", allowCredentials = "true")
    @GetMapping("/orders")
    List<Order> orders() { return List.of(); }

    // ruleid: java-cors-permissive
    @CrossOrigin
    @GetMapping("/profile")
    Profile profile() { return null; }

    // ok: java-cors-permissive
    @CrossOrigin(origins = "https://app.example.com")
    @GetMapping("/cart")
    Cart cart() { return null; }

    public void addCorsMappings(CorsRegistry registry) {
        // ruleid: java-cors-permissive
        registry.addMapping("/**").allowedOriginPatterns("*").allowCredentials(true);
        // ok: java-cors-permissive
        registry.addMapping("/api/**").allowedOrigins("https://app.example.com").allowCredentials(true);
        // ok: java-cors-permissive
        registry.addMapping("/public/**").allowedOrigins("*");
    }
}
