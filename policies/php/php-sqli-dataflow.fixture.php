<?php
function find_user($pdo, $mysqli, $link) {
    $email = $_GET['email'];
    // ruleid: php-sqli-dataflow
    $rows = $pdo->query("SELECT * FROM users WHERE email = '$email'");
    $sql = "DELETE FROM sessions WHERE user = '" . $_POST['user'] . "'";
    // ruleid: php-sqli-dataflow
    $mysqli->query($sql);
    // ruleid: php-sqli-dataflow
    mysqli_query($link, "SELECT * FROM orders WHERE id = {$_GET['id']}");
    // ok: php-sqli-dataflow
    $stmt = $pdo->prepare('SELECT * FROM users WHERE email = ?');
    // ok: php-sqli-dataflow
    $stmt->execute([$email]);
    // ok: php-sqli-dataflow
    $pdo->query("SELECT * FROM users LIMIT " . intval($_GET['n']));
    // ok: php-sqli-dataflow
    $logger->query("user $email logged in");
    return $rows;
}
