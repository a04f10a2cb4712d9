interface User { name: string; age?: number }
export function greet(u: User): string {
  return `hello ${u.name}`;
}
