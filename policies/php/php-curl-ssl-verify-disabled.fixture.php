<?php
$ch = curl_init($url);
// ruleid: php-curl-ssl-verify-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
// ruleid: php-curl-ssl-verify-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
curl_setopt_array($ch, [
    CURLOPT_RETURNTRANSFER => true,
    // ruleid: php-curl-ssl-verify-disabled
    CURLOPT_SSL_VERIFYPEER => FALSE,
]);
// ok: php-curl-ssl-verify-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
// ok: php-curl-ssl-verify-disabled
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
// ok: php-curl-ssl-verify-disabled
curl_setopt($ch, CURLOPT_FOLLOWLOCATION, false);
