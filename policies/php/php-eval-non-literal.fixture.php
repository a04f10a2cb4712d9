<?php
// ruleid: php-eval-non-literal
eval($_POST['code']);
// ruleid: php-eval-non-literal
eval("return " . $expr . ";");
// ruleid: php-eval-non-literal
$f = create_function('$a', 'return $a * 2;');
// ruleid: php-eval-non-literal
assert($_GET['check']);
// ruleid: php-eval-non-literal
$out = preg_replace('/(\w+)/e', 'strtoupper("$1")', $input);
// ruleid: php-eval-non-literal
eval("\$x = $value;");
// ok: php-eval-non-literal
eval('return 1 + 2;');
// ok: php-eval-non-literal
assert($count > 0);
// ok: php-eval-non-literal
$out = preg_replace('/(\w+)/i', '$1', $input);
// ok: php-eval-non-literal
$out = preg_replace_callback('/(\w+)/', fn($m) => strtoupper($m[1]), $input);
// ok: php-eval-non-literal
$result = evaluate($expr);
// ok: php-eval-non-literal
assert(is_array($config));
// ruleid: php-eval-non-literal
eval(base64_decode($payload));
