<?php

const UPLOAD_DIR = "/srv/uploads";

function download() {
    // ruleid: php-path-traversal
    readfile("uploads/" . $_GET["file"]);
}

function show_report() {
    $name = $_POST['report'];
    $path = UPLOAD_DIR . "/reports/$name.txt";
    // ruleid: php-path-traversal
    echo file_get_contents($path);
}

function upload() {
    $target = UPLOAD_DIR . "/" . $_FILES["doc"]["name"];
    // ruleid: php-path-traversal
    move_uploaded_file($_FILES["doc"]["tmp_name"], $target);
}

function safe_basename() {
    // ok: php-path-traversal
    readfile(UPLOAD_DIR . "/" . basename($_GET["file"]));
}

function safe_realpath() {
    $path = realpath(UPLOAD_DIR . "/" . $_GET["file"]);
    if ($path === false || !str_starts_with($path, UPLOAD_DIR . "/")) {
        exit;
    }
    // ok: php-path-traversal
    readfile($path);
}

function constant_path() {
    $user = $_GET["user"];
    // ok: php-path-traversal
    readfile(UPLOAD_DIR . "/index.html");
}

function helper($name) {
    // ok: php-path-traversal
    return file_get_contents(UPLOAD_DIR . "/" . $name);
}

function uploaded_tmp() {
    $stored = UPLOAD_DIR . "/" . uniqid() . ".bin";
    // ok: php-path-traversal
    move_uploaded_file($_FILES["doc"]["tmp_name"], $stored);
}
