import assert from "node:assert/strict";
import { test } from "node:test";
import { writtenIn } from "../src/render/views/call.ts";

const hindi = { code: "hi", name: "Hindi" };

test("a quotation takes its source's language only when it is not itself English", () => {
  assert.deepEqual(writtenIn("प्रधानमंत्री ने राष्ट्रपति से फोन पर बात की और दोनों देशों के संबंधों पर चर्चा की।", hindi), hindi);
  // A Hindi report quoting an English post: the post is shown as English, with no "not translated".
  assert.equal(writtenIn("The Prime Minister spoke to the President today and conveyed his condolences to the people.", hindi), null);
  assert.equal(writtenIn("Any text at all", null), null);
});
