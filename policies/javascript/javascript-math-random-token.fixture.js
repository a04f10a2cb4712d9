function issue(user) {
  // ruleid: javascript-math-random-token
  const resetToken = Math.random().toString(36).substring(2);
  // ruleid: javascript-math-random-token
  user.sessionId = Math.floor(Math.random() * 1e16).toString(16);
  // ruleid: javascript-math-random-token
  const payload = { apiKey: Math.random().toString(36).slice(2), user: user.id };
  // ruleid: javascript-math-random-token
  let otp = String(Math.floor(100000 + Math.random() * 900000));
  // ok: javascript-math-random-token
  const resetToken2 = crypto.randomBytes(32).toString("hex");
  // ok: javascript-math-random-token
  const jitter = Math.random() * 100;
  // ok: javascript-math-random-token
  const tokenCount = Math.floor(Math.random() * 10);
  // ok: javascript-math-random-token
  const tokenizer = new Tokenizer(Math.random() > 0.5);
  return [resetToken, payload, otp, resetToken2, jitter, tokenCount, tokenizer];
}

function generateToken() {
  // ruleid: javascript-math-random-token
  return Math.random().toString(36).substr(2);
}

function pickColor() {
  // ok: javascript-math-random-token
  return colors[Math.floor(Math.random() * colors.length)];
}
