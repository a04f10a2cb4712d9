export function makePassword(): string {
  // ruleid: javascript-math-random-token
  const password: string = Math.random().toString(36).slice(-10);
  // ok: javascript-math-random-token
  const delayMs: number = Math.random() * 250;
  return password + delayMs;
}
