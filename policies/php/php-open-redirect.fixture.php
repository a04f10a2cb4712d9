<?php

function after_login() {
    // ruleid: php-open-redirect
    header("Location: " . $_GET["next"]);
    exit;
}

function after_logout() {
    $target = $_REQUEST['return_to'] ?? '/';
    // ruleid: php-open-redirect
    header("Location: $target");
}

class AuthController {
    public function back($request) {
        $url = $request->input('url');
        // ruleid: php-open-redirect
        return redirect()->to($url);
    }
}

function safe_local() {
    $next = $_GET["next"] ?? "/";
    if (!str_starts_with($next, "/") || str_starts_with($next, "//")) {
        $next = "/";
    }
    // ok: php-open-redirect
    header("Location: " . $next);
}

function content_type() {
    // ok: php-open-redirect
    header("Content-Disposition: attachment; filename=" . basename($_GET["f"]));
}

function constant_target() {
    $user = $_GET["user"];
    // ok: php-open-redirect
    header("Location: /profile.php");
}

function helper($url) {
    // ok: php-open-redirect
    header("Location: " . $url);
}
