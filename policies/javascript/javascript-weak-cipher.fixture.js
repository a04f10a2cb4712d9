const crypto = require("crypto");
function enc(text, password, key, iv) {
  // ruleid: javascript-weak-cipher
  const c1 = crypto.createCipher("aes-256-cbc", password);
  // ruleid: javascript-weak-cipher
  const d1 = crypto.createDecipher("aes192", password);
  // ruleid: javascript-weak-cipher
  const c2 = crypto.createCipheriv("aes-128-ecb", key, null);
  // ruleid: javascript-weak-cipher
  const c3 = crypto.createCipheriv("des-ede3-cbc", key, iv);
  // ruleid: javascript-weak-cipher
  const c4 = crypto.createCipheriv("rc4", key, "");
  // ok: javascript-weak-cipher
  const c5 = crypto.createCipheriv("aes-256-gcm", key, iv);
  // ok: javascript-weak-cipher
  const c6 = crypto.createCipheriv(ALGORITHM, key, iv);
  // ok: javascript-weak-cipher
  const c7 = crypto.createDecipheriv("chacha20-poly1305", key, iv, { authTagLength: 16 });
  return [c1, d1, c2, c3, c4, c5, c6, c7];
}
