<?php
// ruleid: php-unserialize-user-input
$cart = unserialize($_COOKIE['cart']);
// ruleid: php-unserialize-user-input
$obj = unserialize(base64_decode($_POST['data']));
// ruleid: php-unserialize-user-input
$o = unserialize(file_get_contents('php://input'));
// ok: php-unserialize-user-input
$cart2 = json_decode($_COOKIE['cart'], true);
// ok: php-unserialize-user-input
$safe = unserialize($_COOKIE['cart'], ['allowed_classes' => false]);
// ok: php-unserialize-user-input
$cached = unserialize($cacheBlob);
// ok: php-unserialize-user-input
$s = serialize($_POST);
