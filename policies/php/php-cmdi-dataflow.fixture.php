<?php
function ping($host) {
    $dir = $_GET['dir'];
    // ruleid: php-cmdi-dataflow
    system("ping -c 1 $host");
    $cmd = 'tar -czf /tmp/a.tgz ' . $dir;
    // ruleid: php-cmdi-dataflow
    exec($cmd, $out);
    // ruleid: php-cmdi-dataflow
    $r = shell_exec("du -sh {$dir}");
    // ok: php-cmdi-dataflow
    exec('ping -c 1 ' . escapeshellarg($host), $out);
    // ok: php-cmdi-dataflow
    system('uptime');
    // ok: php-cmdi-dataflow
    $pdo->exec("DELETE FROM t WHERE id = 1");
    return $r;
}
