// ruleid: javascript-nosql-where
export const q = (n: string) => ({ $where: `this.name === '${n}'` });
// ok: javascript-nosql-where
export const q2 = (n: string) => ({ name: n });
