<?php
// ruleid: php-weak-hash-password
$hash = md5($password);
// ruleid: php-weak-hash-password
$stmt->execute([$user, sha1($_POST['password'] . $salt)]);
// ruleid: php-weak-hash-password
$h = hash('sha256', $pwd);
// ruleid: php-weak-hash-password
$h2 = md5($pass);
// ok: php-weak-hash-password
$hash2 = password_hash($password, PASSWORD_DEFAULT);
// ok: php-weak-hash-password
$etag = md5($content);
// ok: php-weak-hash-password
$h3 = hash('sha256', $payload);
// ok: php-weak-hash-password
$key = md5($passage);
