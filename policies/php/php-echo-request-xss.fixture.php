<?php
// ruleid: php-echo-request-xss
echo $_GET['q'];
// ruleid: php-echo-request-xss
echo "Hello " . $_GET['name'] . "!";
// ruleid: php-echo-request-xss
echo "<p>Search: {$_REQUEST['term']}</p>";
// ok: php-echo-request-xss
echo htmlspecialchars($_GET['q'], ENT_QUOTES, 'UTF-8');
// ok: php-echo-request-xss
echo 'Hello ' . htmlspecialchars($_GET['name']) . '!';
// ok: php-echo-request-xss
echo (int) $_GET['page'];
// ok: php-echo-request-xss
echo $title;
