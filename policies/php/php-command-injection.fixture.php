<?php
// ruleid: php-command-injection
system("ping -c 1 " . $_GET['host']);
// ruleid: php-command-injection
$out = shell_exec("tar xzf $file");
// ruleid: php-command-injection
passthru($_POST['cmd']);
// ruleid: php-command-injection
$list = `ls -la $dir`;
// ruleid: php-command-injection
exec("convert {$upload['tmp_name']} out.png", $lines);
// ok: php-command-injection
exec('ping -c 1 ' . escapeshellarg($host), $lines);
// ok: php-command-injection
system('uptime');
// ok: php-command-injection
$date = `date +%F`;
// ok: php-command-injection
$m = $pdo->exec("DELETE FROM sessions WHERE expired = 1");
// ok: php-command-injection
echo "running $file";
