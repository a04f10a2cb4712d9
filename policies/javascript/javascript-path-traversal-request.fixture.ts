import { promises as fsp } from "fs";
export async function get(req: any, res: any) {
  // ruleid: javascript-path-traversal-request
  const body = await fsp.readFile(`./data/${req.params.id}.json`);
  // ok: javascript-path-traversal-request
  const index = await fsp.readFile("./data/index.json");
  res.send(body + index);
}
