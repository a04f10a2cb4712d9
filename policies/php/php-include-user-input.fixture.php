<?php
// ruleid: php-include-user-input
include $_GET['page'] . '.php';
// ruleid: php-include-user-input
require_once("modules/" . $_REQUEST['module'] . "/init.php");
// ruleid: php-include-user-input
include_once "lang/{$_COOKIE['lang']}.php";
// ok: php-include-user-input
require_once __DIR__ . '/vendor/autoload.php';
// ok: php-include-user-input
include 'header.php';
// ok: php-include-user-input
$page = $_GET['page'] ?? 'home';
