import { readFileSync } from "node:fs";

/** A JSON file's content. Failing to read or parse it throws `kind` with a message naming the path. */
export function readJsonFile(path: string, kind: new (message: string) => Error = Error): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new kind(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "unreadable"})`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new kind(`${path} is not valid JSON`);
  }
}
