import { readFileSync } from "node:fs";
import * as Y from "yjs";
import { applyFamilyImport, readHouseholds, addHousehold, addMember } from "@shared/crdt/index.ts";
import { shortId, emptyHousehold } from "@shared/model/index.ts";
import { familiesOfBkkbn, parseCsv } from "@shared/testing/listFixtures.ts";
const families = familiesOfBkkbn(parseCsv(readFileSync("tests/fixtures/lists/kelurahan-lists-20k/bkkbn_pk.csv", "utf8")));
const w = { by: "x", newId: () => shortId(5) };
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const doc = new Y.Doc();
let t = cpu();
applyFamilyImport(doc, { id: "k0001", kind: "keluarga", source: { fileName: "", sheet: "", listName: "" }, ruleVersion: "", rows: 1 }, families, w, new Date());
console.log("import cpu", Math.round(cpu() - t));
const typed = new Y.Doc();
t = cpu();
typed.transact(() => { for (const f of families) { const id = shortId(12); addHousehold(typed, id, { ...emptyHousehold(), ...f.fields }, new Date(), w); for (const p of f.members) addMember(typed, id, shortId(6), p, new Date(), w); } });
console.log("typed cpu", Math.round(cpu() - t));
const res: Record<string, number[][]> = { imported: [], typed: [] };
for (let i = 0; i < 12; i++) {
  const [name, d] = i % 2 ? ["typed", typed] as const : ["imported", doc] as const;
  const u = Y.encodeStateAsUpdate(d);
  const f = new Y.Doc();
  const a = cpu(); Y.applyUpdate(f, u); const b = cpu(); readHouseholds(f); const c = cpu();
  res[name]!.push([Math.round(b - a), Math.round(c - b)]);
}
for (const [k, v] of Object.entries(res)) console.log(k, "apply min", Math.min(...v.map((x) => x[0]!)), "read min", Math.min(...v.map((x) => x[1]!)), JSON.stringify(v));
