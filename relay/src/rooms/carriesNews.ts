import * as Y from "yjs";
import type { DeletedRanges } from "./deletedRanges.ts";
import { S_CLOCK, S_KIND, S_LENGTH, STRUCT_FIELDS, STRUCT_SKIP, type UpdateScan } from "./updateScan.ts";

/**
 * Would this update change the relay's document? Used only to decide whether a dropped
 * (read-only) update counts as an attempted write: every read-only client answers the
 * relay's sync step 1 with a step 2 that usually holds nothing new (and always repeats its
 * whole delete set), and that is not worth counting or logging.
 *
 * Linear in the message: one look at each client block's end, and one O(log n) lookup per
 * delete range in the document's deleted ranges (deletedRanges.ts). It was O(ranges x
 * ranges) before: a step 2 repeating 50,000 deleted ranges cost 2 s of CPU (issue 17 item 1).
 */
export function carriesNews(doc: Y.Doc, deleted: DeletedRanges, scan: UpdateScan): boolean {
  const store = doc.store;
  for (const block of scan.blocks) {
    // the block's last struct that is not a Skip
    for (let i = block.count - 1; i >= 0; i--) {
      const at = (block.first + i) * STRUCT_FIELDS;
      if (scan.structs[at + S_KIND] === STRUCT_SKIP) continue;
      const end = scan.structs[at + S_CLOCK]! + scan.structs[at + S_LENGTH]!;
      if (end > Y.getState(store, block.client)) return true;
      break;
    }
  }
  for (const [client, ranges] of scan.deletes) {
    for (let r = 0; r < ranges.length; r += 2) {
      if (!deleted.covers(client, ranges[r]!, ranges[r]! + ranges[r + 1]!)) return true;
    }
  }
  return false;
}
