<?php
// ruleid: php-extract-user-input
extract($_POST);
// ruleid: php-extract-user-input
extract($_GET, EXTR_OVERWRITE);
// ruleid: php-extract-user-input
parse_str($_SERVER['QUERY_STRING']);
// ok: php-extract-user-input
extract($row);
// ok: php-extract-user-input
parse_str($_SERVER['QUERY_STRING'], $params);
// ok: php-extract-user-input
$name = $_POST['name'] ?? '';
